/** A name the reference data gives a participant: a country (iso3) or a non-State participant. */
export interface KnownName {
  name: string;
  /** The country's ISO3 code; null for a participant that is not a State (the European Union). */
  iso3: string | null;
  /** The participant key its records use: the ISO3 code, or the name itself. */
  participant: string;
}

export interface NameMatch {
  participant: string;
  iso3: string | null;
  /** The name the match came through, as the reference data writes it. */
  knownAs: string;
}

/**
 * A name reduced to what tells participants apart: no accents, case, punctuation, brackets,
 * leading "the" or trailing "(the)". `Côte d’Ivoire` and `Cote d'Ivoire` are one key.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\(the\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The keys of a name: as written, and with an inverted ISO style reordered the way UNTC writes
 * it (`Korea, Republic of` → `Republic of Korea`; `Bolivia, Plurinational State of` already
 * reads as `Bolivia (Plurinational State of)` once brackets and commas go).
 */
export function nameKeys(name: string): string[] {
  const keys = new Set([nameKey(name)]);
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma) keys.add(nameKey(`${comma[2]} ${comma[1]}`));
  return [...keys].filter(Boolean);
}

/**
 * Builds the matcher from the reference data's names (the countries' names and UNTERM short
 * names, and every name the treaty tables give a participant, such as `Turkey` for TUR). A key
 * two participants share is dropped: an ambiguous name is left unmatched, never guessed.
 */
export function nameMatcher(known: KnownName[]): (name: string) => NameMatch | null {
  const index = new Map<string, NameMatch | 'ambiguous'>();
  for (const entry of known) {
    const match = { participant: entry.participant, iso3: entry.iso3, knownAs: entry.name };
    for (const key of nameKeys(entry.name)) {
      const found = index.get(key);
      if (found === undefined) index.set(key, match);
      else if (found !== 'ambiguous' && found.participant !== entry.participant)
        index.set(key, 'ambiguous');
    }
  }
  return (name) => {
    const found = index.get(nameKey(name));
    return found && found !== 'ambiguous' ? found : null;
  };
}
