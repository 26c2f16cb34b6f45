const displayNames = new Map<string, Intl.DisplayNames>();

function namesIn(locale: string): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names;
}

/**
 * A country's or a UN M49 area's name in a language, from the ICU data behind Intl (maintained
 * with CLDR, not a list of ours). English keeps our stored name (the UN's own short name); a
 * code ICU does not know keeps it too.
 */
export function placeName(
  locale: string,
  code: string | null | undefined,
  english: string,
): string {
  if (locale === 'en' || !code) return english;
  return namesIn(locale).of(code) ?? english;
}
