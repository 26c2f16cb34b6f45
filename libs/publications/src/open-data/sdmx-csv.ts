import { csvText } from '@app/summaries';
import type { PublicIndicatorView, PublicSummaryView } from '../public-summary';

export const SDMX_COLUMNS = [
  'DATAFLOW',
  'REF_AREA',
  'TIME_PERIOD',
  'INDICATOR',
  'SEX',
  'AGE',
  'OBS_VALUE',
  'OBS_STATUS',
] as const;
type SdmxRow = Record<(typeof SDMX_COLUMNS)[number], string | number | null>;

export const SDMX_DATAFLOW = 'GCM9:DF_OBJECTIVE9_INDICATORS(1.0)';
/** SDMX cross-domain codes: SEX (CL_SEX), AGE (CL_AGE), OBS_STATUS (CL_OBS_STATUS). */
const SEX_CODES: Record<string, string> = { female: 'F', male: 'M', unknown: '_U', all: '_T' };
const AGE_CODES: Record<string, string> = {
  child: 'Y_LT18',
  adult: 'Y_GE18',
  unknown: '_U',
  all: '_T',
};
const NORMAL = 'A';
const SUPPRESSED = 'Q';

/** Every cell of an indicator as [path, sex, age, value]; cells without data are left out. */
function cellsOf(i: PublicIndicatorView): Array<[string, string, string, number | null]> {
  const cells: Array<[string, string, string, number | null]> = [['total', 'all', 'all', i.total]];
  for (const [sex, value] of Object.entries(i.bySex ?? {}))
    cells.push([`bySex.${sex}`, sex, 'all', value]);
  for (const [age, value] of Object.entries(i.byAge ?? {}))
    cells.push([`byAge.${age}`, 'all', age, value]);
  for (const [sex, ages] of Object.entries(i.bySexAge ?? {}))
    for (const [age, value] of Object.entries(ages))
      cells.push([`bySexAge.${sex}.${age}`, sex, age, value]);
  return cells;
}

/**
 * The indicator totals as SDMX-CSV: a row per observation of the region (the process code as
 * REF_AREA); a suppressed cell has OBS_STATUS Q (missing value; suppressed) and no value. No data
 * is no row, never 0.
 */
export function sdmxCsv(content: PublicSummaryView): string {
  const rows: SdmxRow[] = [];
  for (const indicator of content.indicators) {
    const hidden = new Set(indicator.suppressed);
    for (const [path, sex, age, value] of cellsOf(indicator)) {
      if (value === null && !hidden.has(path)) continue;
      rows.push({
        DATAFLOW: SDMX_DATAFLOW,
        REF_AREA: content.process,
        TIME_PERIOD: content.period,
        INDICATOR: indicator.code,
        SEX: SEX_CODES[sex],
        AGE: AGE_CODES[age],
        OBS_VALUE: hidden.has(path) ? null : value,
        OBS_STATUS: hidden.has(path) ? SUPPRESSED : NORMAL,
      });
    }
  }
  return csvText(SDMX_COLUMNS, rows);
}
