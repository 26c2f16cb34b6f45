import { useMemo, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { timeZoneOptions } from '../lib/timeZones';
import { Picker } from './Picker';

/** An account's time zone (its scheduled emails' clock), searched by city, region or offset. */
export function TimeZoneField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: ReactNode;
  onChange(zone: string): void;
}) {
  const { t, locale } = useI18n();
  const options = useMemo(() => timeZoneOptions(locale, value), [locale, value]);
  return (
    <Picker
      label={t('profile.timeZone')}
      hint={t('profile.timeZoneHint')}
      error={error}
      options={options}
      value={value ? [value] : []}
      onChange={([zone]) => onChange(zone ?? '')}
    />
  );
}
