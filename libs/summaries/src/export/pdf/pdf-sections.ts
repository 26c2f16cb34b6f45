import type { Content } from 'pdfmake/interfaces';
import { areaChartSvg } from '../../charts/area-chart-svg';
import { chartPng } from '../../charts/chart-png';
import { seriesChartSvg } from '../../charts/series-chart-svg';
import type { SummaryPointView, SummaryView } from '../../summary-data';
import type { DocumentWords } from './document-words';
import { changeCell, heading, keyValues, numberCell, paragraph, table } from './pdf-blocks';

/** Charts are drawn this wide and scaled to the text width: their 12-unit text prints near 9 pt. */
const CHART_WIDTH = 640;
const pngData = (svg: string) => `data:image/png;base64,${chartPng(svg, 3).toString('base64')}`;

/** The parties among the members, or "at least N (data complete to …)" past the treaty data. */
export function partiesText(s: SummaryView, w: DocumentWords): string {
  const p = s.protocol;
  return p.partiesAtLeast
    ? w.t('summary.partiesAtLeast', { n: p.parties, date: p.completeAsOf })
    : String(p.parties);
}

/** What the title page says: process, period, when, the data's cut-off and the content hash. */
export function titleBlock(s: SummaryView, w: DocumentWords, hash: string): Content[] {
  const meta: Array<[string, string]> = [
    [w.t('summary.process'), `${s.processName} (${s.process})`],
    [w.t('common.period'), s.period],
    [w.t('document.generatedAt'), s.generatedAt],
    [w.t('document.cutOff'), s.newestChangeAt ?? w.none],
    [w.t('document.treatyCutOff'), s.protocol.completeAsOf],
    [w.t('document.contentHash'), hash],
  ];
  return [
    { text: s.processName, style: 'title' },
    { text: w.t('document.subtitle', { period: s.period }), style: 'subtitle' },
    {
      table: { widths: [150, '*'], body: meta.map(([k, v]) => [{ text: k, bold: true }, v]) },
      layout: 'noBorders',
      style: 'meta',
    },
    paragraph(w.t('document.rules'), 'note'),
  ];
}

export function overview(s: SummaryView, w: DocumentWords): Content[] {
  const rows: Array<[string, string]> = [
    [w.t('summary.membersReported'), `${s.membersReported} / ${s.members}`],
    [w.t('summary.validatedReports'), `${s.validatedReports} / ${s.expectedReports}`],
    [w.t('summary.completeness'), w.percent(s.completeness)],
    [w.t('summary.timeliness', { date: s.dueOn }), w.percent(s.timeliness)],
    [w.t('summary.protocolParties'), partiesText(s, w)],
  ];
  return [
    heading(w.t('summary.overview')),
    keyValues(rows, ['*', 200]),
    paragraph(w.t('summary.notValidated', { ...s.notValidated }), 'note'),
  ];
}

/** The area chart and table: full names, score, reports, evidence, like-for-like change. */
export function areas(s: SummaryView, w: DocumentWords, width: number): Content[] {
  const bars = s.areas.map((a) => ({
    code: a.code,
    label: w.areaName(a),
    scorePercent: a.scorePercent,
  }));
  const rows = s.areas.map((a) => [
    `${a.code}. ${w.areaName(a)}`,
    numberCell(w.number(a.score, 2), a.score === null),
    numberCell(w.number(a.scorePercent, 1), a.scorePercent === null),
    numberCell(String(a.measures)),
    numberCell(String(a.evidence)),
    changeCell(w, a.change, a.comparableMembers, s.members, 2),
  ]);
  return [
    heading(w.t('summary.areas')),
    {
      image: pngData(
        areaChartSvg(
          bars,
          { title: w.t('summary.areasChart'), noData: w.noData, score: (v) => w.number(v, 1) },
          CHART_WIDTH,
        ),
      ),
      width,
    },
    table(
      [
        w.t('summary.area'),
        w.t('summary.score'),
        '0–100',
        w.t('summary.measures'),
        w.t('summary.evidence'),
        w.t('summary.change'),
      ],
      rows,
      ['*', 45, 45, 45, 50, 90],
    ),
  ];
}

/** The area scores across the process's periods, when there is more than one. */
export function series(
  s: SummaryView,
  points: SummaryPointView[],
  w: DocumentWords,
  width: number,
): Content[] {
  if (points.length < 2) return [];
  const lines = s.areas.map((area) => ({
    code: area.code,
    label: w.areaName(area),
    values: points.map((p) => p.areas.find((a) => a.code === area.code)?.scorePercent ?? null),
  }));
  const title = w.t('summary.areasSeriesChart');
  return [
    heading(title),
    {
      image: pngData(
        seriesChartSvg(
          points.map((p) => p.period),
          lines,
          title,
          480,
        ),
      ),
      width,
    },
  ];
}

const STATUSES = [
  'implemented',
  'partially_implemented',
  'in_progress',
  'planned',
  'not_started',
  'not_applicable',
  'not_reported',
] as const;

/** Each action's reports and mean score, then how many members are at each status. */
export function actions(s: SummaryView, w: DocumentWords): Content[] {
  const scores = s.actions.map((a) => [
    `(${a.code}) ${a.title}`,
    numberCell(String(a.reports)),
    numberCell(w.number(a.meanScore, 2), a.meanScore === null),
  ]);
  const statuses = s.actions.map((a) => [
    `(${a.code})`,
    ...STATUSES.map((status) => numberCell(String(a.statusCounts[status]))),
  ]);
  return [
    heading(w.t('summary.statusByAction')),
    table([w.t('common.action'), w.t('summary.measures'), w.t('summary.meanScore')], scores, [
      '*',
      60,
      70,
    ]),
    table([w.t('common.action'), ...STATUSES.map((status) => w.t(`status.${status}`))], statuses, [
      40,
      '*',
      '*',
      '*',
      '*',
      '*',
      '*',
      '*',
    ]),
  ];
}
