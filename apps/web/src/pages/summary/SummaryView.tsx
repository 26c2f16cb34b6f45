import { STATUS_COLOURS } from '@app/domain';
import { STATUSES } from '../../api/codes';
import type { SummaryView as SummaryViewData } from '../../api/generated/api';
import { Seeded } from '../../components/badges';
import { BarChart, StackedBars } from '../../components/charts';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';
import { Change, FollowUp, IndicatorTotals, partiesText, ProtocolFacts } from './SummaryFacts';

const STATUS_KEYS = [...STATUSES, 'not_reported'] as const;

export function SummaryView({ summary }: { summary: SummaryViewData }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      <p className="hint">
        {t('summary.generated', {
          when: dateTime(summary.generatedAt),
          change: dateTime(summary.newestChangeAt),
        })}
      </p>
      <Overview summary={summary} />
      <AreaScores summary={summary} />
      <StatusByAction summary={summary} />
      <IndicatorTotals summary={summary} />
      <ProtocolFacts summary={summary} />
      <FollowUp summary={summary} />
    </>
  );
}

/** The headline figures: completeness, timeliness, reports and parties. */
function Overview({ summary: s }: { summary: SummaryViewData }) {
  const i18n = useI18n();
  const { t, number, percent, date } = i18n;
  return (
    <section aria-labelledby="sum-overview" className="card">
      <h2 id="sum-overview">{t('summary.overview')}</h2>
      <ul className="kpis">
        <li>
          <span className="kpi-value" data-testid="completeness">
            {percent(s.completeness)}
          </span>
          <span className="kpi-label">{t('summary.completeness')}</span>
        </li>
        <li>
          <span className="kpi-value">{percent(s.timeliness)}</span>
          <span className="kpi-label">{t('summary.timeliness', { date: date(s.dueOn) })}</span>
        </li>
        <li>
          <span className="kpi-value" data-testid="validated-reports">
            {number(s.validatedReports)} / {number(s.expectedReports)}
          </span>
          <span className="kpi-label">{t('summary.validatedReports')}</span>
        </li>
        <li>
          <span className="kpi-value">
            {number(s.membersReported)} / {number(s.members)}
          </span>
          <span className="kpi-label">{t('summary.membersReported')}</span>
        </li>
        <li>
          <span className="kpi-value">{partiesText(s, i18n)}</span>
          <span className="kpi-label">{t('summary.protocolParties')}</span>
        </li>
      </ul>
      <p>
        {t('summary.notValidated', {
          submitted: s.notValidated.submitted,
          returned: s.notValidated.returned,
          draft: s.notValidated.draft,
        })}
      </p>
    </section>
  );
}

/** Each Work Plan area’s score: a chart and a table. */
function AreaScores({ summary: s }: { summary: SummaryViewData }) {
  const { t, number, areaName } = useI18n();
  return (
    <section aria-labelledby="sum-areas" className="card">
      <h2 id="sum-areas">{t('summary.areas')}</h2>
      <div className="two-col">
        <BarChart
          title={t('summary.areasChart')}
          emptyLabel={t('summary.noData')}
          bars={s.areas.map((a) => ({
            label: t('common.areaNumber', { n: a.code }),
            value: a.scorePercent,
            display: number(a.scorePercent, 1),
          }))}
        />
        <TableScroll label={t('summary.areas')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('summary.area')}</th>
                <th scope="col">{t('summary.score')}</th>
                <th scope="col">{t('summary.measures')}</th>
                <th scope="col">{t('summary.evidence')}</th>
                <th scope="col">{t('summary.feedingActions')}</th>
                <th scope="col">{t('summary.change')}</th>
              </tr>
            </thead>
            <tbody>
              {s.areas.map((a) => {
                const name = areaName(a);
                return (
                  <tr key={a.code}>
                    <th scope="row">
                      {t('common.areaNumber', { n: a.code })}:{' '}
                      <span lang={name.lang}>{name.text}</span>
                    </th>
                    <td>
                      {a.score === null
                        ? t('summary.noData')
                        : `${number(a.score, 2)} (${number(a.scorePercent, 1)}/100)`}
                    </td>
                    <td>{number(a.measures)}</td>
                    <td>{number(a.evidence)}</td>
                    <td>{a.actions.map((c) => `(${c})`).join(' ')}</td>
                    <td>
                      <Change
                        change={a.change}
                        comparable={a.comparableMembers}
                        members={s.members}
                        digits={2}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  );
}

/** How many members stand at each implementation status, per action. */
function StatusByAction({ summary: s }: { summary: SummaryViewData }) {
  const { t, number } = useI18n();
  return (
    <section aria-labelledby="sum-actions" className="card">
      <h2 id="sum-actions">{t('summary.statusByAction')}</h2>
      <StackedBars
        title={t('summary.statusChart')}
        keys={STATUS_KEYS.map((k) => ({
          key: k,
          label: t(`status.${k}`),
          colour: k === 'not_reported' ? undefined : STATUS_COLOURS[k],
        }))}
        rows={s.actions.map((a) => ({
          label: `(${a.code})`,
          segments: STATUS_KEYS.map((k) => ({
            key: k,
            label: t(`status.${k}`),
            value: a.statusCounts[k] ?? 0,
            display: number(a.statusCounts[k] ?? 0),
          })),
        }))}
      />
      <TableScroll label={t('summary.statusByAction')}>
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('common.action')}</th>
              {STATUS_KEYS.map((k) => (
                <th scope="col" key={k}>
                  {t(`status.${k}`)}
                </th>
              ))}
              <th scope="col">{t('summary.meanScore')}</th>
            </tr>
          </thead>
          <tbody>
            {s.actions.map((a) => (
              <tr key={a.code}>
                <th scope="row">
                  ({a.code}) <Seeded>{a.title}</Seeded>
                </th>
                {STATUS_KEYS.map((k) => (
                  <td key={k} className="num">
                    {number(a.statusCounts[k] ?? 0)}
                  </td>
                ))}
                <td className="num">
                  {a.meanScore === null ? '—' : `${number(a.meanScore, 2)} / 4`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
