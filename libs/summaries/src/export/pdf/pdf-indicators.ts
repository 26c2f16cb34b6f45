import type { Content } from 'pdfmake/interfaces';
import type { SummaryView } from '../../summary-data';
import type { DocumentWords } from './document-words';
import { changeCell, heading, keyValues, numberCell, paragraph, table } from './pdf-blocks';
import { partiesText } from './pdf-sections';

const cell = (w: DocumentWords, value: number | null | undefined) =>
  numberCell(w.number(value ?? null), value === null || value === undefined);

/** Indicator totals, the part without a split, the previous period and the like-for-like change. */
export function indicators(s: SummaryView, w: DocumentWords): Content[] {
  const totals = s.indicators.map((i) => [
    i.name,
    numberCell(String(i.reportingMembers)),
    cell(w, i.total),
    cell(w, i.notDisaggregated),
    cell(w, i.previousTotal),
    changeCell(w, i.change, i.comparableMembers, s.members),
  ]);
  const split = s.indicators
    .filter((i) => i.bySex || i.byAge)
    .map((i) => [
      i.name,
      ...(['female', 'male', 'unknown'] as const).map((x) => cell(w, i.bySex?.[x])),
      ...(['child', 'adult', 'unknown'] as const).map((x) => cell(w, i.byAge?.[x])),
    ]);
  return [
    heading(w.t('summary.indicators')),
    table(
      [
        w.t('document.indicator'),
        w.t('summary.reportingMembers'),
        w.t('document.total'),
        w.t('summary.notDisaggregated'),
        w.t('summary.previous'),
        w.t('summary.change'),
      ],
      totals,
      ['*', 48, 48, 52, 52, 100],
    ),
    ...(split.length
      ? [
          table(
            [
              w.t('document.indicator'),
              w.t('sex.female'),
              w.t('sex.male'),
              w.t('sex.unknown'),
              w.t('age.child'),
              w.t('age.adult'),
              w.t('age.unknown'),
            ],
            split,
            ['*', 44, 44, 48, 48, 44, 48],
          ),
        ]
      : []),
  ];
}

const list = (codes: string[], w: DocumentWords) => (codes.length ? codes.join(', ') : w.none);

/** The members' standing in the Protocol: parties ("at least" past the data), unknowns, the gap. */
export function protocol(s: SummaryView, w: DocumentWords): Content[] {
  const p = s.protocol;
  const rows: Array<[string, string]> = [
    [w.t('summary.partiesAsOf', { date: p.asOf }), partiesText(s, w)],
    [w.t('summary.partyMembers'), list(p.partyMembers, w)],
    [w.t('summary.signatoriesNotParties'), list(p.signatoryMembers, w)],
    [w.t('document.unknownMembers'), list(p.unknownMembers, w)],
    [w.t('summary.unknownDate'), list(p.partiesWithUnknownDate, w)],
    [w.t('summary.change'), w.change(p.change)],
  ];
  return [
    heading(w.t('summary.protocol')),
    keyValues(rows, [200, '*']),
    paragraph(`${w.t('summary.dataComplete', { date: p.completeAsOf })}. ${p.gap}`, 'note'),
  ];
}

export function followUp(s: SummaryView, w: DocumentWords): Content[] {
  const rows = [
    ...s.overdue.map((o) => [o.country, w.t('summary.overdue'), o.missingActions.join(', ')]),
    ...s.treatyMismatches.map((m) => [
      m.country,
      `${w.t('summary.mismatches')} (${m.item})`,
      m.message,
    ]),
  ];
  return [
    heading(w.t('summary.followUp')),
    paragraph(`${w.t('summary.notReported')}: ${list(s.notReported, w)}`),
    ...(rows.length
      ? [
          table([w.t('common.country'), w.t('document.issue'), w.t('document.detail')], rows, [
            50,
            150,
            '*',
          ]),
        ]
      : []),
  ];
}
