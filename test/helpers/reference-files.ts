import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a project data file directly, so tests check the API against the files themselves. */
export function dataFile(name: string): Array<Record<string, string>> {
  return parse(readFileSync(join(__dirname, '../../data/reference', name), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Array<Record<string, string>>;
}

export function publishedFigure(id: string): string {
  const figure = dataFile('reference_figures.csv').find((row) => row.figure_id === id);
  if (!figure) throw new Error(`No reference figure ${id}`);
  return figure.value;
}
