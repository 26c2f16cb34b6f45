export { summaryCsv } from './export/summary-csv';
export { summaryPdf } from './export/summary-pdf';
export { summaryXlsx } from './export/summary-xlsx';
export { SummariesModule } from './summaries.module';
export { SummariesService } from './summaries.service';
export type { StoredSummary } from './summaries.service';
export * from './summary-data';
export { SummaryJobs } from './summary-jobs.service';
export { SummarySnapshot } from './summary-snapshot.entity';
