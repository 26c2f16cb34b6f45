import type { SummarySeriesView } from '../../api/generated/api';
import { LineChart } from '../../components/charts';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';

/** The process across periods: completeness, timeliness and area scores over time. */
export function SeriesView({ series, current }: { series: SummarySeriesView; current: string }) {
  const { t, number, percent } = useI18n();
  const periods = series.periods;
  if (periods.length === 0) return null;
  const areaCodes = [...new Set(periods.flatMap((p) => p.areas.map((a) => a.code)))].sort();
  const pct = (ratio: number) => Math.round(ratio * 1000) / 10;

  return (
    <section aria-labelledby="sum-series" className="card">
      <h2 id="sum-series">{t('summary.series')}</h2>
      <div className="two-col">
        <LineChart
          title={t('summary.seriesChart')}
          xLabels={periods.map((p) => p.period)}
          tick={(points) => percent(points / 100)}
          series={[
            {
              key: 'completeness',
              label: t('summary.completeness'),
              points: periods.map((p) => pct(p.completeness)),
            },
            {
              key: 'timeliness',
              label: t('summary.timelinessShort'),
              points: periods.map((p) => pct(p.timeliness)),
            },
          ]}
        />
        <LineChart
          title={t('summary.areasSeriesChart')}
          xLabels={periods.map((p) => p.period)}
          tick={(score) => number(score)}
          series={areaCodes.map((code) => ({
            key: `area${code}`,
            label: t('common.areaNumber', { n: code }),
            points: periods.map((p) => p.areas.find((a) => a.code === code)?.scorePercent ?? null),
          }))}
        />
      </div>
      <SeriesTable series={series} current={current} areaCodes={areaCodes} />
    </section>
  );
}

/** The same figures as a table, the current period marked. */
function SeriesTable({
  series,
  current,
  areaCodes,
}: {
  series: SummarySeriesView;
  current: string;
  areaCodes: number[];
}) {
  const { t, percent, number } = useI18n();
  const periods = series.periods;
  return (
    <TableScroll label={t('summary.series')}>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t('common.period')}</th>
            <th scope="col">{t('summary.completeness')}</th>
            <th scope="col">{t('summary.timelinessShort')}</th>
            <th scope="col">{t('summary.membersReported')}</th>
            <th scope="col">{t('summary.protocolParties')}</th>
            {areaCodes.map((code) => (
              <th scope="col" key={code}>
                {t('common.areaNumber', { n: code })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.period} className={p.period === current ? 'current' : undefined}>
              <th scope="row" aria-current={p.period === current ? 'true' : undefined}>
                {p.period}
              </th>
              <td className="num">{percent(p.completeness)}</td>
              <td className="num">{percent(p.timeliness)}</td>
              <td className="num">{number(p.membersReported)}</td>
              <td className="num">{number(p.protocolParties)}</td>
              {areaCodes.map((code) => {
                const area = p.areas.find((a) => a.code === code);
                return (
                  <td className="num" key={code}>
                    {area?.scorePercent === null || area === undefined
                      ? '—'
                      : number(area.scorePercent, 1)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
