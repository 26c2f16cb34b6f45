import { createHash } from 'node:crypto';

/** JSON with the keys of every object sorted and no spacing: one text for one content. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** The SHA-256 of the canonical JSON, in hex: what a citation quotes. */
export const contentHash = (value: unknown): string =>
  createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');

/**
 * A version's hash: of its summary and member levels together (`{"memberLevels":…,"summary":…}`)
 * since levels are frozen; versions published before hashed their summary alone.
 */
export const publishedContentHash = (summary: unknown, memberLevels: unknown[]): string =>
  contentHash({ summary, memberLevels });
