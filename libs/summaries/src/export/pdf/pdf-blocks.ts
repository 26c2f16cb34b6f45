import type { Content, TableCell } from 'pdfmake/interfaces';
import type { DocumentWords } from './document-words';

/** A section heading: level 1 never ends a page (see `keepHeadingsWithContent`). */
export const heading = (text: string): Content => ({
  text,
  style: 'heading',
  headlineLevel: 1,
});

export const paragraph = (text: string, style = 'body'): Content => ({ text, style });

/** A table that flows across pages and repeats its header row on each. */
export function table(
  header: string[],
  rows: TableCell[][],
  widths: Array<number | '*' | 'auto'>,
): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [header.map((text) => ({ text, style: 'tableHeader' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    style: 'table',
  };
}

/** A number cell, right-aligned; "no data" in grey for null. */
export const numberCell = (text: string, isNull = false): TableCell => ({
  text,
  alignment: 'right',
  ...(isNull ? { color: '#777777' } : {}),
});

/** A change with, where fewer members than all compare, how many: "+4 (1 of 2 members comparable)". */
export function changeCell(
  words: DocumentWords,
  change: number | null,
  comparable: number,
  members: number,
  digits = 0,
): TableCell {
  const text = words.change(change, digits);
  const note =
    change !== null && comparable !== members
      ? ` (${words.t('summary.comparable', { n: comparable, m: members })})`
      : '';
  return numberCell(`${text}${note}`, change === null);
}

/** Label and value pairs as a borderless two-column table (no header row). */
export const keyValues = (rows: Array<[string, string]>, widths: Array<number | '*'>): Content => ({
  table: { widths, dontBreakRows: true, body: rows.map(([key, value]) => [key, value]) },
  layout: 'lightHorizontalLines',
  style: 'table',
});

/**
 * Whether a heading would start too low on its page, or end it: then it moves to the next page
 * with what follows it (a table's start position alone does not tell whether any row fits).
 */
export function keepHeadingsWithContent(
  node: { headlineLevel?: number; startPosition?: { verticalRatio?: number } },
  followingNodesOnPage: unknown[],
): boolean {
  if (node.headlineLevel !== 1) return false;
  return followingNodesOnPage.length === 0 || (node.startPosition?.verticalRatio ?? 0) > 0.8;
}
