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
              <th scope="col">{t('portal.total')}</th>
              <th scope="col">{t('portal.female')}</th>
              <th scope="col">{t('portal.male')}</th>
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
      <p className="hint">{t('portal.figuresNote', { n: summary.suppressBelow })}</p>
    </section>
  );
}
