import { ChecklistAnswer } from './checklist-answer.entity';
import { EvidenceItem } from './evidence-item.entity';
import { IndicatorSet } from './indicator-set.entity';
import { IndicatorValue } from './indicator-value.entity';
import { RecordComment } from './record-comment.entity';
import { RecordVersion } from './record-version.entity';
import { Report } from './report.entity';

export {
  ChecklistAnswer,
  EvidenceItem,
  IndicatorSet,
  IndicatorValue,
  RecordComment,
  RecordVersion,
  Report,
};
export const REPORTING_ENTITIES = [
  Report,
  ChecklistAnswer,
  EvidenceItem,
  IndicatorSet,
  IndicatorValue,
  RecordVersion,
  RecordComment,
];
