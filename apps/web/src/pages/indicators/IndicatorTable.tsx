import { AGE_GROUPS, SEXES, type Indicator } from '../../api/types';
import { Seeded } from '../../components/badges';
import { ServerText } from '../../components/fields';
import { useI18n } from '../../i18n';
import { checkEntry, isCount, type IndicatorEntry } from './indicatorForm';

/**
 * One indicator's inputs: the total alone, or a sex (× age) table with row and column sums, the
 * total checked against the parts as the user types.
 */
export function IndicatorInputs({
  indicator,
  entry,
  onChange,
  serverError,
}: {
  indicator: Indicator;
  entry: IndicatorEntry;
  onChange(entry: IndicatorEntry): void;
  serverError?: string;
}) {
  const { t, number } = useI18n();
  const check = checkEntry(entry);
  const id = `ind-${indicator.code}`;
  const setPart = (key: string, value: string) =>
    onChange({ ...entry, parts: { ...entry.parts, [key]: value } });
  const partInput = (key: string, label: string) => (
    <input
      className="num"
      inputMode="numeric"
      autoComplete="off"
      aria-label={label}
      aria-invalid={check.invalid.includes(key) ? true : undefined}
      value={entry.parts[key] ?? ''}
      onChange={(e) => setPart(key, e.target.value)}
    />
  );
  const sumOf = (keys: string[]) => {
    let sum: number | null = null;
    for (const key of keys) {
      const v = entry.parts[key]?.trim();
      if (v && isCount(v)) sum = (sum ?? 0) + Number(v);
    }
    return sum === null ? '—' : number(sum);
  };

  let message = '';
  let kind: 'ok' | 'bad' | 'none' = 'none';
  if (check.invalid.length) {
    message = t('indicators.notANumber');
    kind = 'bad';
  } else if (check.mismatch) {
    message = t('indicators.mismatch', { sum: number(check.sum), total: entry.total.trim() });
    kind = 'bad';
  } else if (check.sum !== null && !entry.total.trim()) {
    message = t('indicators.totalFromSum', { sum: number(check.sum) });
    kind = 'ok';
  } else if (check.sum !== null) {
    message = t('indicators.addsUp');
    kind = 'ok';
  }

  return (
    <fieldset className="card indicator" aria-describedby={`${id}-check`}>
      <legend>
        <Seeded>{indicator.name}</Seeded> <span className="hint">{indicator.code}</span>
      </legend>
      {indicator.disaggregation === 'sex' && (
        <table className="entry-table">
          <caption className="visually-hidden">{t('indicators.bySex')}</caption>
          <thead>
            <tr>
              {SEXES.map((s) => (
                <th scope="col" key={s}>
                  {t(`sex.${s}`)}
                </th>
              ))}
              <th scope="col">{t('indicators.sum')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {SEXES.map((s) => (
                <td key={s}>{partInput(s, t(`sex.${s}`))}</td>
              ))}
              <td className="sum">{sumOf(SEXES)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {indicator.disaggregation === 'sex_age' && (
        <table className="entry-table">
          <caption className="visually-hidden">{t('indicators.bySexAge')}</caption>
          <thead>
            <tr>
              <td />
              {AGE_GROUPS.map((a) => (
                <th scope="col" key={a}>
                  {t(`age.${a}`)}
                </th>
              ))}
              <th scope="col">{t('indicators.sum')}</th>
            </tr>
          </thead>
          <tbody>
            {SEXES.map((s) => (
              <tr key={s}>
                <th scope="row">{t(`sex.${s}`)}</th>
                {AGE_GROUPS.map((a) => (
                  <td key={a}>
                    {partInput(
                      `${s}.${a}`,
                      t('indicators.cellLabel', { sex: t(`sex.${s}`), age: t(`age.${a}`) }),
                    )}
                  </td>
                ))}
                <td className="sum">{sumOf(AGE_GROUPS.map((a) => `${s}.${a}`))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('indicators.sum')}</th>
              {AGE_GROUPS.map((a) => (
                <td key={a} className="sum">
                  {sumOf(SEXES.map((s) => `${s}.${a}`))}
                </td>
              ))}
              <td className="sum">
                {sumOf(SEXES.flatMap((s) => AGE_GROUPS.map((a) => `${s}.${a}`)))}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      <div className="field total-field">
        <label htmlFor={`${id}-total`}>{t('indicators.total')}</label>
        <input
          id={`${id}-total`}
          className="num"
          inputMode="numeric"
          autoComplete="off"
          placeholder={check.sum !== null ? String(check.sum) : ''}
          aria-invalid={check.invalid.includes('total') || check.mismatch ? true : undefined}
          aria-describedby={`${id}-check`}
          value={entry.total}
          onChange={(e) => onChange({ ...entry, total: e.target.value })}
        />
      </div>
      <p id={`${id}-check`} className={`check check-${kind}`} aria-live="polite">
        {message}
        {serverError && (
          <>
            {' '}
            <ServerText>{serverError}</ServerText>
          </>
        )}
      </p>
    </fieldset>
  );
}
