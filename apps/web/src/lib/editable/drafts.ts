// Unsaved form content, kept in this browser's localStorage (per account and record) on every
// change until the API has saved it: a failed save, a reload, an expired session, a new tab or
// window never lose what was typed. Signing out forgets it.

const PREFIX = 'gcm9.draft.';

export interface LocalDraft<F> {
  form: F;
  /** The version the form was edited from (null: the record did not exist yet). */
  baseVersion: number | null;
  /** That version's content as a patch document, to merge with what was saved since. */
  base: unknown;
  savedAt: string;
}

const keyOf = (userId: string, record: string) => `${PREFIX}${userId}.${record}`;

export function readDraft<F>(userId: string, record: string): LocalDraft<F> | null {
  try {
    const raw = localStorage.getItem(keyOf(userId, record));
    return raw ? (JSON.parse(raw) as LocalDraft<F>) : null;
  } catch {
    return null;
  }
}

export function writeDraft<F>(
  userId: string,
  record: string,
  form: F,
  base: { version: number | null; document: unknown },
): void {
  const draft: LocalDraft<F> = {
    form,
    baseVersion: base.version,
    base: base.document,
    savedAt: new Date().toISOString(),
  };
  try {
    localStorage.setItem(keyOf(userId, record), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still holds the typing in memory.
  }
}

/**
 * Forgets the kept form once saved, unless `unless` says it is not this window's (another window
 * of the same browser has typed into the same record since).
 */
export function deleteDraft<F>(
  userId: string,
  record: string,
  unless?: (kept: LocalDraft<F>) => boolean,
): void {
  const kept = readDraft<F>(userId, record);
  if (kept && unless?.(kept)) return;
  localStorage.removeItem(keyOf(userId, record));
}

/** Signing out on purpose forgets that user's unsaved forms in this browser. */
export function clearDrafts(userId: string): void {
  const prefix = `${PREFIX}${userId}.`;
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(prefix)) localStorage.removeItem(key);
  }
}
