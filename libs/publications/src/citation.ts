import type { PublicationView } from './publication-views';
import { LICENCE } from './publication-views';

const PUBLISHER = 'GCM Objective 9 Tracker';

/** What the citation says of the publication's subject. */
export interface CitedSummary {
  processName: string;
  process: string;
  period: string;
}

const titleOf = (s: CitedSummary) =>
  `${s.processName} (${s.process}): regional summary of GCM Objective 9 implementation, ${s.period}`;

/** "Cite this": plain text, BibTeX and CSL-JSON, each with the URL, version, date and hash. */
export function citationOf(publication: PublicationView, summary: CitedSummary) {
  const date = publication.publishedAt.slice(0, 10);
  const [year, month, day] = date.split('-').map(Number);
  const title = titleOf(summary);
  const key = `gcm9_${summary.process}_${summary.period}_v${publication.version}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  const hash = `SHA-256 ${publication.contentHash}`;
  return {
    text: `${PUBLISHER} (${year}). ${title}. Version ${publication.version}, published ${date}. ${publication.url} (${hash}). ${LICENCE.name}.`,
    bibtex: [
      `@dataset{${key},`,
      `  author    = {{${PUBLISHER}}},`,
      `  title     = {{${title}}},`,
      `  year      = {${year}},`,
      `  date      = {${date}},`,
      `  version   = {${publication.version}},`,
      `  url       = {${publication.url}},`,
      `  note      = {${hash}; licence ${LICENCE.name}},`,
      `}`,
    ].join('\n'),
    cslJson: {
      id: key,
      type: 'dataset',
      title,
      author: [{ literal: PUBLISHER }],
      publisher: PUBLISHER,
      issued: { 'date-parts': [[year, month, day]] },
      version: String(publication.version),
      URL: publication.url,
      note: hash,
      license: LICENCE.url,
    },
  };
}

/** The attribution the licence asks for. */
export const attributionOf = (publication: PublicationView, summary: CitedSummary) =>
  `Source: ${PUBLISHER}, ${titleOf(summary)}, version ${publication.version} (${publication.url}), licensed under ${LICENCE.name} (${LICENCE.url}).`;
