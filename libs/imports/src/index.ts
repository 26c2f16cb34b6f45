export { ApplyImport } from './apply-import';
export { IMPORT_LIMITS } from './import-limits';
export type * from './import-types';
export type { ImportView } from './import-view';
export { ImportsModule } from './imports.module';
export { ImportsService } from './imports.service';
export { ProcessImport } from './process-import';
export { CSV_COLUMNS } from './reading/read-csv';
export { BuildWorkbook } from './workbook/build-workbook';
