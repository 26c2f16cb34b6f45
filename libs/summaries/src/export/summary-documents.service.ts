import { Injectable } from '@nestjs/common';
import { StoredSummary, SummariesService } from '../summaries.service';
import { DocumentRequest, SummaryFile, summaryFile, SummaryFileFormat } from './summary-file';

/** Summaries as documents to download, with what a document needs beyond the summary itself. */
@Injectable()
export class SummaryDocuments {
  constructor(private readonly summaries: SummariesService) {}

  async file(
    stored: StoredSummary,
    format: SummaryFileFormat,
    request: DocumentRequest,
  ): Promise<SummaryFile> {
    const { process, period } = stored.view;
    // The PDF's series chart: the process's periods up to this one.
    const series =
      format === 'pdf'
        ? (await this.summaries.series(process)).periods.filter((p) => p.period <= period)
        : [];
    return summaryFile(stored.view, format, { ...request, series });
  }
}
