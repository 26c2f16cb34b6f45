import { ProcessImport } from '@app/imports';
import { ImportJob, IMPORTS_QUEUE, PreviewImportPayload } from '@app/queue';
import { OnQueueFailed, Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';

@Processor(IMPORTS_QUEUE)
export class ImportsProcessor {
  private readonly logger = new Logger(ImportsProcessor.name);

  constructor(private readonly imports: ProcessImport) {}

  @Process(ImportJob.Preview)
  async preview(job: Job<PreviewImportPayload>): Promise<{ outcome: string }> {
    // Reads and validates only; a retry finds the preview stored and does nothing more.
    const outcome = await this.imports.execute(job.data.importId, (percent) =>
      job.progress(percent),
    );
    this.logger.log({ job: job.id, name: job.name, ...job.data, outcome }, 'import processed');
    return { outcome };
  }

  @OnQueueFailed()
  failed(job: Job, error: Error): void {
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.warn(
      { job: job.id, name: job.name, attemptsMade: job.attemptsMade, final, err: error },
      final ? 'import job failed; kept for inspection' : 'import job failed; will retry',
    );
  }
}
