import { MigrationInterface } from 'typeorm';
import { ReferenceData1795417959733 } from './1795417959733-ReferenceData';
import { ProgressRecording1795420212076 } from './1795420212076-ProgressRecording';
import { RegionalSummaries1795420748645 } from './1795420748645-RegionalSummaries';
import { Notifications1795476595754 } from './1795476595754-Notifications';
import { AccountNotices1795963148024 } from './1795963148024-AccountNotices';
import { WorkflowNotifications1795968088147 } from './1795968088147-WorkflowNotifications';
import { Publications1796000000000 } from './1796000000000-Publications';
import { Imports1796010000000 } from './1796010000000-Imports';
import { RecordVersions1796030000000 } from './1796030000000-RecordVersions';
import { AccountInvitations1796040000000 } from './1796040000000-AccountInvitations';
import { AuthSessions1796040001000 } from './1796040001000-AuthSessions';
import { TwoFactor1796040002000 } from './1796040002000-TwoFactor';
import { TreatyImports1796060000000 } from './1796060000000-TreatyImports';
import { FrameworkTranslations1796100000000 } from './1796100000000-FrameworkTranslations';
import { RecordComments1796120000000 } from './1796120000000-RecordComments';
import { SealedTotpSecrets1796130000000 } from './1796130000000-SealedTotpSecrets';
import { TwoFactorResetEmails1796130001000 } from './1796130001000-TwoFactorResetEmails';
import { Sensitivity1796150000000 } from './1796150000000-Sensitivity';
import { PublicationMemberLevels1796180000000 } from './1796180000000-PublicationMemberLevels';

/** Every migration, oldest first. `npm run db:generate` writes a file; add its class here. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  ReferenceData1795417959733,
  ProgressRecording1795420212076,
  RegionalSummaries1795420748645,
  Notifications1795476595754,
  AccountNotices1795963148024,
  WorkflowNotifications1795968088147,
  Publications1796000000000,
  Imports1796010000000,
  RecordVersions1796030000000,
  AccountInvitations1796040000000,
  AuthSessions1796040001000,
  TwoFactor1796040002000,
  TreatyImports1796060000000,
  FrameworkTranslations1796100000000,
  RecordComments1796120000000,
  SealedTotpSecrets1796130000000,
  TwoFactorResetEmails1796130001000,
  Sensitivity1796150000000,
  PublicationMemberLevels1796180000000,
];
