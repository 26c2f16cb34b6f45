// Who may read a field: the focal point's choice among the policy's three levels.
import { SENSITIVITIES, type Sensitivity } from '@app/domain';
import { useI18n } from '../i18n';
import { SelectField } from './fields';

export function SensitivityField({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: Sensitivity;
  onChange(value: Sensitivity): void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      className="sensitivity-field"
      label={label}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as Sensitivity)}
      options={SENSITIVITIES.map((level) => ({ value: level, label: t(`sensitivity.${level}`) }))}
    />
  );
}

/** Says that the policy withholds fields from the reader, and whose they are. */
export function WithheldNotice({ withheld }: { withheld: readonly string[] }) {
  const { t } = useI18n();
  if (withheld.length === 0) return null;
  return (
    <p className="notice" role="note">
      {t('sensitivity.withheld', { count: withheld.length })}
    </p>
  );
}
