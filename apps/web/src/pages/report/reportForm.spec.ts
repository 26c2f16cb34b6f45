import type { ActionView, ReportView } from '../../api/generated/api';
import { patchFrom } from '../../lib/editable/recordMerge';
import { REPORT_DOCUMENT, toReportForm } from './reportForm';

const action = {
  code: 'd',
  areas: [2],
  checklist: [{ code: 'd1' }, { code: 'd3' }, { code: 'd5' }],
} as unknown as ActionView;

const report = {
  status: 'in_progress',
  narrative: 'Smuggling is an offence.',
  areas: [2],
  checklist: [
    { item: 'd1', answer: 'yes', note: null },
    { item: 'd3', answer: 'partial', note: 'Art. 159' },
  ],
  evidence: [{ kind: 'legislation', title: 'Ley', url: null, date: '2021-11-12', reference: null }],
} as unknown as ReportView;

describe('reports as patch documents', () => {
  it('makes the same document of the saved report and of the form loaded from it', () => {
    const form = toReportForm(report, action);
    expect(REPORT_DOCUMENT.ofForm(form)).toEqual(REPORT_DOCUMENT.ofRecord(report));
    // An untouched form sends nothing: no part of it could collide with another window's.
    expect(patchFrom(REPORT_DOCUMENT, report, form)).toEqual([]);
  });

  it('patches only the field typed in', () => {
    const form = toReportForm(report, action);
    form.checklist.d3 = { answer: 'partial', note: 'Art. 159 bis' };
    expect(patchFrom(REPORT_DOCUMENT, report, form)).toEqual([
      { op: 'replace', path: '/checklist/1/note', value: 'Art. 159 bis' },
    ]);
  });
});
