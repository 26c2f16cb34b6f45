import { AGE_GROUPS, SEXES } from '../../api/codes';
import type { PublicIndicatorView, PublicSummaryView } from '../../api/generated/api';
import { Seeded } from '../../components/badges';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';

/** A published figure: "<5" where withheld, "no data" where null, never 0 for missing. */
function useFigure(summary: PublicSummaryView) {
  const { t, number } = useI18n();
  return (indicator: PublicIndicatorView, path: string, value: number | null | undefined) => {
    if (indicator.suppressed.includes(path))
      return t('portal.suppressed', { n: summary.suppressBelow });
    return value === null || value === undefined ? t('summary.noData') : number(value);
  };
}

/** The frozen summary's headline figures and indicator totals (by sex where split). */
export function PublicationFigures({ summary }: { summary: PublicSummaryView }) {
  const { t, percent } = useI18n();
  const figure = useFigure(summary);
  return (
    <section className="card" aria-labelledby="pub-figures">
      <h2 id="pub-figures">{t('summary.indicators')}</h2>
      <p>
        {t('portal.reported', {
          reported: summary.membersReported,
          members: summary.members,
          completeness: percent(summary.completeness),
        })}
      </p>
      <TableScroll label={t('summary.indicators')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('portal.indicator')}</th>
              <th scope="col">{t('indicators.total')}</th>
              <th scope="col">{t('sex.female')}</th>
              <th scope="col">{t('sex.male')}</th>
              <th scope="col">{t('summary.reportingMembers')}</th>
              <th scope="col">{t('summary.previous')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.indicators.map((indicator) => (
              <tr key={indicator.code}>
                <th scope="row">
                  <Seeded>{indicator.name}</Seeded>
                </th>
                <td>{figure(indicator, 'total', indicator.total)}</td>
                <td>{figure(indicator, 'bySex.female', indicator.bySex?.female)}</td>
                <td>{figure(indicator, 'bySex.male', indicator.bySex?.male)}</td>
                <td>{indicator.reportingMembers}</td>
                <td>{figure(indicator, 'previousTotal', indicator.previousTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <SexAgeTable summary={summary} />
      <p className="hint">{t('portal.figuresNote', { n: summary.suppressBelow })}</p>
    </section>
  );
}

/** A sex × age cell of an indicator (the API types the grid loosely). */
const cellOf = (indicator: PublicIndicatorView, sex: string, age: string) =>
  (indicator.bySexAge?.[sex] as Record<string, number | null> | undefined)?.[age];

/** The split by sex and age, where indicators give it: one row per indicator and sex. */
function SexAgeTable({ summary }: { summary: PublicSummaryView }) {
  const { t } = useI18n();
  const figure = useFigure(summary);
  const split = summary.indicators.filter((indicator) => indicator.bySexAge);
  if (split.length === 0) return null;
  return (
    <TableScroll label={t('portal.bySexAge')}>
      <table className="data-table">
        <caption>{t('portal.bySexAge')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portal.indicator')}</th>
            <th scope="col">{t('portal.sex')}</th>
            {AGE_GROUPS.map((age) => (
              <th scope="col" key={age}>
                {t(`age.${age}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {split.flatMap((indicator) =>
            SEXES.map((sex) => (
              <tr key={`${indicator.code}-${sex}`}>
                <th scope="row">
                  <Seeded>{indicator.name}</Seeded>
                </th>
                <td>{t(`sex.${sex}`)}</td>
                {AGE_GROUPS.map((age) => (
                  <td key={age}>
                    {figure(indicator, `bySexAge.${sex}.${age}`, cellOf(indicator, sex, age))}
                  </td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
