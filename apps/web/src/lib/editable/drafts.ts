// Unsaved form content, kept in this tab's sessionStorage on every change until the API has
// saved it: a failed save, a reload or an expired session never loses what was typed.

const PREFIX = 'gcm9.draft.';

export interface LocalDraft<F> {
  form: F;
  /** The version the form was edited from (null: the record did not exist yet). */
  baseVersion: number | null;
  savedAt: string;
}

const keyOf = (userId: string, record: string) => `${PREFIX}${userId}.${record}`;

export function readDraft<F>(userId: string, record: string): LocalDraft<F> | null {
  try {
    const raw = sessionStorage.getItem(keyOf(userId, record));
    return raw ? (JSON.parse(raw) as LocalDraft<F>) : null;
  } catch {
    return null;
  }
}

export function writeDraft<F>(
  userId: string,
  record: string,
  form: F,
  baseVersion: number | null,
): void {
  const draft: LocalDraft<F> = { form, baseVersion, savedAt: new Date().toISOString() };
  try {
    sessionStorage.setItem(keyOf(userId, record), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still holds the typing in memory.
  }
}

export function deleteDraft(userId: string, record: string): void {
  sessionStorage.removeItem(keyOf(userId, record));
}

/** Signing out on purpose forgets that user's unsaved forms in this tab. */
export function clearDrafts(userId: string): void {
  const prefix = `${PREFIX}${userId}.`;
  for (let i = sessionStorage.length - 1; i >= 0; i--) {
    const key = sessionStorage.key(i);
    if (key?.startsWith(prefix)) sessionStorage.removeItem(key);
  }
}
