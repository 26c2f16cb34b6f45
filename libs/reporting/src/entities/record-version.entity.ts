import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A reviewed record's content as one save left it, kept so that a later patch made from that
 * version can be merged part by part with what was saved since (versions moved by a transition
 * have the content of the latest save before them). Written in the save's transaction.
 */
@Entity('record_version')
@Check('record_version_type_valid', `"record_type" IN ('report', 'indicator_set')`)
export class RecordVersion {
  /** The reviewed table: report, indicator_set. */
  @PrimaryColumn({ type: 'text' })
  recordType!: string;

  /** The record as the audit trail names it (a report's id, `MEX/2025` for indicator values). */
  @PrimaryColumn({ type: 'text' })
  entityId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  content!: unknown;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  savedAt!: Date;
}
