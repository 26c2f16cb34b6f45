import { Action } from './action.entity';
import { ChecklistItem } from './checklist-item.entity';
import { Country } from './country.entity';
import { FrameworkTranslation } from './framework-translation.entity';
import { Indicator } from './indicator.entity';
import { Objective } from './objective.entity';
import { ProcessMembership } from './process-membership.entity';
import { ReferenceFigure } from './reference-figure.entity';
import { RegionalProcess } from './regional-process.entity';
import { ReportingPeriod } from './reporting-period.entity';
import { SdgTarget } from './sdg-target.entity';
import { Source } from './source.entity';
import { TreatyParticipation } from './treaty-participation.entity';
import { Treaty } from './treaty.entity';
import { WorkPlanArea } from './work-plan-area.entity';

export * from './action.entity';
export * from './checklist-item.entity';
export * from './country.entity';
export * from './framework-translation.entity';
export * from './indicator.entity';
export * from './objective.entity';
export * from './process-membership.entity';
export * from './reference-figure.entity';
export * from './regional-process.entity';
export * from './reporting-period.entity';
export * from './sdg-target.entity';
export * from './source.entity';
export * from './treaty-participation.entity';
export * from './treaty.entity';
export * from './work-plan-area.entity';

export const REFERENCE_ENTITIES = [
  Source,
  Country,
  ReferenceFigure,
  RegionalProcess,
  ProcessMembership,
  Objective,
  WorkPlanArea,
  SdgTarget,
  Action,
  ChecklistItem,
  Indicator,
  FrameworkTranslation,
  Treaty,
  TreatyParticipation,
  ReportingPeriod,
];
