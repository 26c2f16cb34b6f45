import type { ReactNode } from 'react';
import { AGE_GROUPS, SEXES } from '../../api/codes';
import type { IndicatorView } from '../../api/generated/api';
import { FrameworkText } from '../../components/badges';
import { ServerText } from '../../components/fields';
import { SensitivityField } from '../../components/SensitivityField';
import { useI18n, type I18n } from '../../i18n';
import { checkEntry, parseCount, type EntryCheck, type IndicatorEntry } from './indicatorForm';

/** What the live check says of an entry, and whether that is good or bad news. */
function checkMessage(i18n: I18n, entry: IndicatorEntry, check: EntryCheck) {
  const { t, number } = i18n;
  if (check.invalid.length)
    return { message: t('indicators.notANumber', { example: number(12345) }), kind: 'bad' };
  if (check.blank.length) return { message: t('indicators.incomplete'), kind: 'bad' };
  if (check.mismatch)
    return {
      message: t('indicators.mismatch', {
        sum: number(check.sum),
        total: number(check.typedTotal),
      }),
      kind: 'bad',
    };
  if (check.sum !== null && !entry.total.trim())
    return { message: t('indicators.totalFromSum', { sum: number(check.sum) }), kind: 'ok' };
  if (check.sum !== null) return { message: t('indicators.addsUp'), kind: 'ok' };
  return { message: '', kind: 'none' };
}

/** The cells of a parts table: an input per part, and the sum of some parts. */
interface PartCells {
  input(key: string, label: string): ReactNode;
  sum(keys: string[]): string;
}

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
  indicator: IndicatorView;
  entry: IndicatorEntry;
  onChange(entry: IndicatorEntry): void;
  serverError?: string;
}) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const check = checkEntry(entry);
  const id = `ind-${indicator.code}`;
  const cells: PartCells = {
    input: (key, label) => (
      <input
        className="num"
        inputMode="numeric"
        autoComplete="off"
        aria-label={label}
        aria-invalid={check.invalid.includes(key) || check.blank.includes(key) ? true : undefined}
        aria-describedby={`${id}-check`}
        value={entry.parts[key] ?? ''}
        onChange={(e) => onChange({ ...entry, parts: { ...entry.parts, [key]: e.target.value } })}
      />
    ),
    sum: (keys) => {
      const typed = keys
        .map((key) => parseCount(entry.parts[key] ?? ''))
        .filter((count) => count !== null);
      return typed.length ? number(typed.reduce((sum, count) => sum + count, 0)) : '—';
    },
  };
  const { message, kind } = checkMessage(i18n, entry, check);

  return (
    <fieldset className="card indicator" aria-describedby={`${id}-check`}>
      <legend>
        <FrameworkText working={indicator.workingTranslations.includes('name')}>
          {indicator.name}
        </FrameworkText>{' '}
        <span className="hint">{indicator.code}</span>
      </legend>
      <p className="hint">{t('indicators.numberHint', { example: number(12345) })}</p>
      {indicator.disaggregation === 'sex' && <BySex cells={cells} />}
      {indicator.disaggregation === 'sex_age' && <BySexAndAge cells={cells} />}
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
      <SensitivityField
        label={t('sensitivity.valuesLabel')}
        value={entry.sensitivity}
        onChange={(sensitivity) => onChange({ ...entry, sensitivity })}
      />
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

function BySex({ cells }: { cells: PartCells }) {
  const { t } = useI18n();
  return (
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
            <td key={s}>{cells.input(s, t(`sex.${s}`))}</td>
          ))}
          <td className="sum">{cells.sum(SEXES)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function BySexAndAge({ cells }: { cells: PartCells }) {
  const { t } = useI18n();
  const key = (sex: string, age: string) => `${sex}.${age}`;
  return (
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
                {cells.input(
                  key(s, a),
                  t('indicators.cellLabel', { sex: t(`sex.${s}`), age: t(`age.${a}`) }),
                )}
              </td>
            ))}
            <td className="sum">{cells.sum(AGE_GROUPS.map((a) => key(s, a)))}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('indicators.sum')}</th>
          {AGE_GROUPS.map((a) => (
            <td key={a} className="sum">
              {cells.sum(SEXES.map((s) => key(s, a)))}
            </td>
          ))}
          <td className="sum">
            {cells.sum(SEXES.flatMap((s) => AGE_GROUPS.map((a) => key(s, a))))}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
