import type { ReportDraft } from '@app/domain';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import type { CellError, ImportedReport } from '../import-types';

/** The DTO class PUT /reports validates with, given by the app: one set of rules for both. */
export const REPORT_DRAFT_RULES = Symbol('REPORT_DRAFT_RULES');
export type ReportDraftRules = new () => ReportDraft;

/** `checklist.0.answer`, with the value the rule refused. */
function flatten(
  errors: ValidationError[],
  parent = '',
): Array<{ path: string; value: unknown; messages: string[] }> {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints
      ? [{ path, value: error.value, messages: Object.values(error.constraints) }]
      : [];
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** The nearest cell a field path came from: the field's own, or its record's. */
export function refOf(report: ImportedReport, path: string): string {
  for (let at = path; at !== ''; at = at.replace(/\.?[^.]*$/, ''))
    if (report.refs[at]) return report.refs[at]!;
  return report.origin;
}

const shown = (value: unknown) =>
  value === undefined || typeof value === 'object' ? '' : ` (found "${String(value)}")`;

/** The API's DTO rules on a report read from a file: errors point at cells. */
export async function draftErrors(
  rules: ReportDraftRules,
  report: ImportedReport,
): Promise<CellError[]> {
  const errors = await validate(plainToInstance(rules, report.draft) as object, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  const found = flatten(errors).map(({ path, value, messages }) => ({
    ref: refOf(report, path),
    message: `${messages.join('; ')}${shown(value)}`,
  }));
  // PostgreSQL cannot store NUL; the API's request-shape check refuses it too.
  for (const [path, ref] of Object.entries(report.refs))
    if (JSON.stringify(valueAt(report.draft, path) ?? '').includes('\\u0000'))
      found.push({ ref, message: `${path} holds a NUL character` });
  return found;
}

const valueAt = (draft: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], draft);
