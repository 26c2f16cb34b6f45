// The report form's own state, and its conversion from and to the API's report.
import {
  DEFAULT_SENSITIVITY,
  mergeParts,
  reportFromParts,
  reportParts,
  type ReportDocument,
  type Sensitivity,
} from '@app/domain';
import type { ChecklistAnswer, EvidenceKind, ImplementationStatus } from '../../api/codes';
import type { ActionView, ReportView, SaveReportDto } from '../../api/generated/api';
import type { RecordDocument } from '../../lib/editable/recordMerge';

export interface EvidenceForm {
  kind: EvidenceKind;
  title: string;
  url: string;
  date: string;
  reference: string;
  sensitivity: Sensitivity;
}

export interface ReportForm {
  status: ImplementationStatus | '';
  narrative: string;
  /** Who may read the narrative and the checklist notes. */
  sensitivity: Sensitivity;
  areas: number[];
  /** Every checklist item of the action, answered or not. */
  checklist: Record<string, { answer: ChecklistAnswer | ''; note: string }>;
  evidence: EvidenceForm[];
}

export const emptyEvidence = (): EvidenceForm => ({
  kind: 'legislation',
  title: '',
  url: '',
  date: '',
  reference: '',
  sensitivity: DEFAULT_SENSITIVITY.evidence,
});

export function toReportForm(report: ReportView | null, action: ActionView): ReportForm {
  const checklist: ReportForm['checklist'] = {};
  for (const item of action.checklist) {
    const entry = report?.checklist.find((c) => c.item === item.code);
    checklist[item.code] = { answer: entry?.answer ?? '', note: entry?.note ?? '' };
  }
  return {
    status: report?.status ?? '',
    narrative: report?.narrative ?? '',
    sensitivity: report?.sensitivity ?? DEFAULT_SENSITIVITY.report,
    areas: [...(report?.areas ?? action.areas)].sort((a, b) => a - b),
    checklist,
    evidence: (report?.evidence ?? []).map((e) => ({
      kind: e.kind,
      title: e.title,
      url: e.url ?? '',
      date: e.date ?? '',
      reference: e.reference ?? '',
      sensitivity: e.sensitivity,
    })),
  };
}

/** The PUT body; `items` maps the body's checklist indexes back to item codes (for errors). */
export function toReportBody(form: ReportForm): { body: SaveReportDto; items: string[] } {
  const checklist = Object.entries(form.checklist)
    .filter(([, entry]) => entry.answer !== '')
    .map(([item, entry]) => ({
      item,
      answer: entry.answer as ChecklistAnswer,
      ...(entry.note.trim() ? { note: entry.note.trim() } : {}),
    }));
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    items: checklist.map((c) => c.item),
    body: {
      status: form.status as ImplementationStatus,
      ...(form.narrative.trim() ? { narrative: form.narrative } : {}),
      sensitivity: form.sensitivity,
      areas: form.areas,
      checklist,
      evidence: form.evidence.map((e) => ({
        kind: e.kind,
        title: e.title.trim(),
        url: optional(e.url),
        date: optional(e.date),
        reference: optional(e.reference),
        sensitivity: e.sensitivity,
      })),
    },
  };
}

/** A report's content exactly as the API keeps it (absent values null), which patches apply to. */
const reportDocument = (report: Omit<ReportDocument, 'areas'> & { areas: number[] }) => ({
  status: report.status,
  narrative: report.narrative ?? '',
  sensitivity: report.sensitivity ?? DEFAULT_SENSITIVITY.report,
  areas: [...report.areas],
  checklist: (report.checklist ?? []).map((c) => ({
    item: c.item,
    answer: c.answer,
    note: c.note ?? null,
  })),
  evidence: (report.evidence ?? []).map((e) => ({
    kind: e.kind,
    title: e.title,
    url: e.url ?? null,
    date: e.date ?? null,
    reference: e.reference ?? null,
    sensitivity: e.sensitivity ?? DEFAULT_SENSITIVITY.evidence,
  })),
});

/** Reports as patch documents, cut into the parts the API merges by. */
export const REPORT_DOCUMENT: RecordDocument<ReportView, ReportForm, ReportDocument> = {
  ofRecord: reportDocument,
  ofForm: (form) => {
    const { body } = toReportBody(form);
    return reportDocument({ ...body, areas: form.areas });
  },
  parts: reportParts,
  fromParts: reportFromParts,
  merge: mergeParts,
  withDocument: (report, document) => ({
    ...report,
    ...reportDocument({ ...report, ...document }),
  }),
};

export type ClientErrors = Record<string, 'statusRequired' | 'answerForNote' | 'titleRequired'>;

/** What the browser can tell before asking the API. */
export function checkReportForm(form: ReportForm): ClientErrors {
  const errors: ClientErrors = {};
  if (!form.status) errors.status = 'statusRequired';
  for (const [item, entry] of Object.entries(form.checklist))
    if (!entry.answer && entry.note.trim()) errors[`checklist.${item}`] = 'answerForNote';
  form.evidence.forEach((e, i) => {
    if (!e.title.trim()) errors[`evidence[${i}].title`] = 'titleRequired';
  });
  return errors;
}
