import { auditEventWrite } from '@app/audit';
import type { Actor } from '@app/auth';
import { sqlWrites, SqlWrite } from '@app/database';
import { outboxMessage } from '@app/queue';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecordKey } from './record-kind';
import { RecordListsCache } from './record-lists-cache';
import { savedContentWrite } from './record-versions.queries';
import type { ReviewedTable } from './record.queries';

/** A change to a reviewed record, as the audit trail keeps it. */
export interface RecordChange {
  table: ReviewedTable;
  entityId: string;
  /** created, updated, submitted, returned… */
  verb: string;
  before: unknown;
  after: unknown;
  key: RecordKey;
  /** Whether validated data changed (a validation or a reopening), which later periods compare with. */
  validatedChanged: boolean;
  /**
   * For a save: the version it wrote and the one it replaced (none for a create), whose contents
   * (`after`, `before`) are kept for the record's history and comparisons.
   */
  saved?: { version: number; replaced?: number };
}

/**
 * Every change to a reviewed record leaves the same traces, in its transaction and in one
 * statement: an audit event, an outbox message telling the regional summaries of its country and
 * period to recount (drafts count in "not yet validated", reviews change what is validated), and
 * for a save the content of its version. Once it commits, the cached lists of its table and
 * period are dropped in every API process.
 */
@Injectable()
export class RecordChanges {
  constructor(private readonly lists: RecordListsCache) {}

  /**
   * Writes the traces of a change in one statement with the change's own `writes` (those of a
   * save: the record's row and parts), which it answers with the rows the first returns. `last`:
   * nothing follows in the transaction (a compact one commits with it).
   */
  async record<Row = never>(
    db: EntityManager,
    actor: Actor,
    change: RecordChange,
    writes: readonly SqlWrite[] = [],
    { last = false }: { last?: boolean } = {},
  ): Promise<Row[]> {
    const { table, entityId, before, after, saved } = change;
    const rows = await sqlWrites<Row>(
      db,
      [
        ...writes,
        auditEventWrite(actor, {
          action: `${table.name}.${change.verb}`,
          entityType: table.name,
          entityId,
          before,
          after,
        }),
        outboxMessage('reporting.changed', {
          country: change.key.country,
          period: change.key.period,
          validatedChanged: change.validatedChanged,
        }),
        ...(saved
          ? [
              savedContentWrite({
                table,
                entityId,
                before:
                  saved.replaced === undefined
                    ? undefined
                    : { version: saved.replaced, content: before },
                version: saved.version,
                content: after,
              }),
            ]
          : []),
      ],
      { last },
    );
    await this.lists.changed(db, table, change.key.period);
    return rows;
  }
}
