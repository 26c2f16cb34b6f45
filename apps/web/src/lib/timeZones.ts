import type { PickerOption } from './pickerOptions';

/** The zone's offset now, as the language writes it ("GMT-6"). */
function offsetNow(locale: string, zone: string, now: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      timeZone: zone,
      timeZoneName: 'shortOffset',
    }).formatToParts(now);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

const zoneOption = (locale: string, zone: string, now: Date): PickerOption => ({
  value: zone,
  label: zone.replace(/_/g, ' ').replace(/\//g, ' / '),
  detail: offsetNow(locale, zone, now),
});

/** Hundreds of zones, each with a formatter: made once per language. */
const byLocale = new Map<string, PickerOption[]>();

/**
 * The picker's time zones: every zone this browser knows (IANA names) and UTC, as
 * "America / Mexico City" with the offset now, found by either; the current value among them even
 * when it is an older alias.
 */
export function timeZoneOptions(locale: string, current: string): PickerOption[] {
  let known = byLocale.get(locale);
  if (!known) {
    const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
    const names = new Set(['UTC', ...(intl.supportedValuesOf?.('timeZone') ?? [])]);
    const now = new Date();
    known = [...names].map((zone) => zoneOption(locale, zone, now));
    byLocale.set(locale, known);
  }
  return !current || known.some((o) => o.value === current)
    ? known
    : [...known, zoneOption(locale, current, new Date())];
}
