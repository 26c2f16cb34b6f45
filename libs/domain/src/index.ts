// The tracker's rules as plain TypeScript: no Nest, no database, no Node-only modules, so the
// API, the worker and the web app share one copy.
export * from './access-policy';
export * from './calendar-day';
export * from './codes';
export * from './disaggregation';
export type * from './field-error';
export * from './implementation-status';
export * from './report-content';
export * from './report-draft';
export * from './review';
export * from './roles';
export * from './same-data';
export * from './treaty-check';
export * from './workflow';
export * from './record-merge';
export * from './record-parts';
export * from './small-counts';
export * from './place-names';
export * from './part-comments';
export * from './chart-palette';
export * from './areas-served';
export * from './sensitivity';
