import type { Actor } from '@app/auth';
import { ImportJob, IMPORTS_QUEUE, PreviewImportPayload, withQueueTimeout } from '@app/queue';
import { InjectQueue } from '@nestjs/bull';
import { Conflict } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import type { ImportFileType, Uploader } from './import-types';
import { ImportView, importView, visibleImport } from './import-view';
import { insertImport, markDiscarded, selectImport } from './imports.queries';

const uploaderOf = (actor: Actor): Uploader => ({
  id: actor.id,
  email: actor.email,
  role: actor.role,
  locale: actor.locale,
  countries: actor.countries,
  coordinatedCountries: actor.coordinatedCountries,
});

/** Uploads, their previews and their discarding; applying is ApplyImport. */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(IMPORTS_QUEUE) private readonly queue: Queue<PreviewImportPayload>,
  ) {}

  /** Stores the file and queues its preview; the job id is the import id. */
  async upload(
    actor: Actor,
    fileName: string,
    fileType: ImportFileType,
    file: Buffer,
  ): Promise<ImportView> {
    const row = await insertImport(
      this.dataSource.manager,
      uploaderOf(actor),
      fileName,
      fileType,
      file,
    );
    await withQueueTimeout(
      this.queue.add(ImportJob.Preview, { importId: row.id }, { jobId: row.id }),
    );
    return importView(row);
  }

  async view(actor: Actor, id: string): Promise<ImportView> {
    return importView(visibleImport(actor, await selectImport(this.dataSource.manager, id), id));
  }

  /** Forgets the file and its preview; an applied import stays (it says what it wrote). */
  async discard(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const row = visibleImport(actor, await selectImport(db, id, 'lock'), id);
      if (row.state === 'applied')
        throw new Conflict(`Import ${id} was applied: it cannot be discarded.`);
      await markDiscarded(db, id);
    });
  }
}
