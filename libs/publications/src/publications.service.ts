import { AuditTrail } from '@app/audit';
import type { Actor } from '@app/auth';
import { AppConfig } from '@app/config';
import { Conflict, Forbidden, Gone, NotFound } from '@app/problems';
import { SummariesService } from '@app/summaries';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectReadDatabase } from '@app/database';
import { DataSource } from 'typeorm';
import { publishedContentHash } from './canonical-json';
import { attributionOf, citationOf } from './citation';
import { OpenDataFile, openDataFile, OpenDataFormat } from './open-data/publication-files';
import { memberLevel } from './member-levels';
import { figureChanges } from './publication-diff';
import {
  LICENCE,
  PublicationChangesView,
  PublicationView,
  PublishedSummaryView,
} from './publication-views';
import {
  insertPublication,
  listPublications,
  lockVersions,
  memberStatuses,
  previousVersion,
  PublicationRow,
  publicationWithContent,
  withdrawPublication,
} from './publications.queries';
import { publicSummary } from './public-summary';

export interface PublishCommand {
  process: string;
  period: string;
  note: string;
}

/** Frozen, versioned, citable public views of regional summaries. */
@Injectable()
export class PublicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    /** Published versions never change: the portal's reads may come from a replica. */
    @InjectReadDatabase() private readonly readDatabase: DataSource,
    private readonly summaries: SummariesService,
    private readonly audit: AuditTrail,
    private readonly config: AppConfig,
  ) {}

  /** Freezes the public view of the stored summary as the next version. */
  async publish(actor: Actor, command: PublishCommand): Promise<PublicationView> {
    assertMayPublish(actor, command.process);
    const stored = await this.summaries.stored(command.process, command.period);
    const content = publicSummary(stored.view, this.config.portal.suppressBelow);
    const row = await this.dataSource.transaction(async (tx) => {
      await lockVersions(tx, command.process, command.period);
      const memberLevels = (await memberStatuses(tx, command.process, command.period)).map(
        memberLevel,
      );
      const hash = publishedContentHash(content, memberLevels);
      const inserted = await insertPublication(tx, {
        ...command,
        content,
        memberLevels,
        contentHash: hash,
        publishedAt: new Date(),
        publishedBy: actor.id,
      });
      await this.audit.record(tx, actor, {
        action: 'publication.published',
        entityType: 'publication',
        entityId: inserted.id,
        after: { ...command, version: inserted.version, contentHash: hash },
      });
      return inserted;
    });
    return this.view(row);
  }

  async withdraw(actor: Actor, id: string, reason: string): Promise<PublicationView> {
    const found = await this.find(id);
    assertMayPublish(actor, found.process);
    const row = await this.dataSource.transaction(async (tx) => {
      const withdrawn = await withdrawPublication(tx, id, reason, new Date());
      if (!withdrawn) throw new Conflict('This publication has been withdrawn already.');
      await this.audit.record(tx, actor, {
        action: 'publication.withdrawn',
        entityType: 'publication',
        entityId: id,
        after: { reason },
      });
      return withdrawn;
    });
    return this.view(row);
  }

  async list(filter: { process?: string; period?: string } = {}): Promise<PublicationView[]> {
    if (filter.process) await this.summaries.assertExists(filter.process);
    const rows = await listPublications(this.readDatabase.manager, filter);
    return rows.map((row) => this.view(row));
  }

  /** A version's frozen content with its citation; a withdrawn one is gone. */
  async published(id: string): Promise<PublishedSummaryView> {
    const row = await this.find(id);
    if (row.withdrawnAt)
      throw new Gone(`This publication was withdrawn: ${row.withdrawalReason ?? ''}`.trim());
    const publication = this.view(row);
    return {
      publication,
      summary: row.content,
      memberLevels: row.memberLevels,
      citation: citationOf(publication, row.content),
      licence: { ...LICENCE, attribution: attributionOf(publication, row.content) },
    };
  }

  /** The figures that changed from the previous version of the same process and period. */
  async changes(id: string): Promise<PublicationChangesView> {
    const current = await this.published(id);
    const row = await this.find(id);
    const previous = await previousVersion(this.readDatabase.manager, row);
    // A withdrawn previous version's figures are not served, not even as a difference.
    const comparable = previous && !previous.withdrawnAt ? previous : undefined;
    return {
      id,
      version: row.version,
      comparedWith: comparable?.version ?? null,
      changes: comparable ? figureChanges(comparable.content, current.summary) : [],
    };
  }

  async file(id: string, format: OpenDataFormat): Promise<OpenDataFile> {
    return openDataFile(await this.published(id), format);
  }

  private async find(id: string) {
    const row = await publicationWithContent(this.readDatabase.manager, id);
    if (!row) throw new NotFound(`No publication ${id}`);
    return row;
  }

  private view(row: PublicationRow): PublicationView {
    const api = `${this.config.appBaseUrl}/api/v1/public/publications/${row.id}`;
    return {
      id: row.id,
      process: row.process,
      period: row.period,
      version: row.version,
      note: row.note,
      status: row.withdrawnAt ? 'withdrawn' : 'published',
      publishedAt: row.publishedAt.toISOString(),
      contentHash: row.contentHash,
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      withdrawalReason: row.withdrawalReason,
      url: `${this.config.appBaseUrl}/public/publications/${row.id}`,
      files: row.withdrawnAt
        ? null
        : {
            csv: `${api}/files/csv`,
            json: `${api}/files/json`,
            xlsx: `${api}/files/xlsx`,
            sdmx: `${api}/files/sdmx`,
          },
    };
  }
}

/** Coordinators publish their own processes; admins any. */
function assertMayPublish(actor: Actor, process: string): void {
  if (actor.role === 'admin') return;
  if (actor.role === 'coordinator' && actor.processes.includes(process)) return;
  throw new Forbidden(`Your account may not publish or withdraw summaries of ${process}.`);
}
