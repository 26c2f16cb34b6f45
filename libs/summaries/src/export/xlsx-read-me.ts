import type { Worksheet } from 'exceljs';
import type { SummaryView } from '../summary-data';

/** The rules every figure of the workbook follows (docs/summaries.md says more). */
export const DEFINITIONS: Array<[string, string]> = [
  ['empty cell', 'No data: nothing validated was reported. A reported 0 is written 0.'],
  ['validated', 'Only validated reports and indicator values count; others are counted apart.'],
  ['completeness', 'Validated reports ÷ (members × actions), 0–1.'],
  ['timeliness', 'Reports validated by the due date ÷ (members × actions), 0–1.'],
  ['score', 'Mean implementation status, 0–4 (not_applicable left out); scorePercent is 0–100.'],
  [
    'measures',
    'Validated reports with a scored status serving the area; d7 counts for area 3 only when answered yes or partial.',
  ],
  ['change', 'Like for like: over the members with data in both periods only.'],
  ['comparableMembers', 'How many members the change is computed over.'],
  [
    'notDisaggregated',
    'The part of a total from members that gave no split; with the parts it adds up to the total.',
  ],
  ['disaggregatedShare', 'The share of the total that has a split, 0–1.'],
  ['shareYes', 'Members answering yes ÷ all members (no answer counts as not yes), 0–1.'],
  [
    'parties at least',
    'After the date the treaty data is complete to, members without a record are unknown, so the count of parties is a lower bound and no change is stated.',
  ],
  ['rounding', 'Figures are stored unrounded; number formats round them for display only.'],
];

/** The first sheet: what the workbook is, where its figures come from, and how to read them. */
export function writeReadMe(sheet: Worksheet, summary: SummaryView): void {
  sheet.columns = [{ width: 28 }, { width: 110 }];
  const rows: Array<[string, string]> = [
    [
      'GCM Objective 9 Tracker',
      `Regional summary: ${summary.processName} (${summary.process}), ${summary.period}`,
    ],
    ['generated at', summary.generatedAt],
    ['data cut-off', summary.newestChangeAt ?? 'no change included yet'],
    [
      'sources',
      'National reports and indicator values validated in the tracker; treaty status from the UN Treaty Collection as imported.',
    ],
    ['treaty data complete as of', summary.protocol.completeAsOf],
    ['treaty data gap', summary.protocol.gap],
    ['', ''],
    ['term', 'definition'],
    ...DEFINITIONS,
  ];
  for (const row of rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.getRow(rows.findIndex(([term]) => term === 'term') + 1).font = { bold: true };
}
