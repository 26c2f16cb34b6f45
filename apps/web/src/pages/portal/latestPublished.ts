import type { PublicationView } from '../../api/generated/api';

/** The newest version still published of a process (any period), if any. */
export function latestPublished(publications: PublicationView[], process: string) {
  return publications
    .filter((p) => p.process === process && p.status === 'published')
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0];
}
