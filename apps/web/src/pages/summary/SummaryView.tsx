import { STATUSES, type Summary } from '../../api/types';
import { Seeded } from '../../components/badges';
import { BarChart, StackedBars } from '../../components/charts';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';
import { Link } from '../../lib/router';

const STATUS_KEYS = [...STATUSES, 'not_reported'] as const;

function CountryLinks({ codes }: { codes: string[] }) {
  const { t } = useI18n();
  if (codes.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="inline-list">
      {codes.map((code) => (
        <li key={code}>
          <Link to={`/countries/${code}`}>{code}</Link>
        </li>
      ))}
    </ul>
  );
}

const signed = (n: number | null, format: (n: number) => string) =>
  n === null ? '—' : n > 0 ? `+${format(n)}` : format(n);

export function SummaryView({ summary: s }: { summary: Summary }) {
  const { t, number, percent, date, dateTime, areaName } = useI18n();

  return (
    <>
      <p className="hint">
        {t('summary.generated', {
          when: dateTime(s.generatedAt),
          change: dateTime(s.newestChangeAt),
        })}
      </p>
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
            <span className="kpi-value">{number(s.protocol.parties)}</span>
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

      <section aria-labelledby="sum-areas" className="card">
        <h2 id="sum-areas">{t('summary.areas')}</h2>
        <div className="two-col">
          <BarChart
            title={t('summary.areasChart')}
            emptyLabel={t('summary.noData')}
            bars={s.areas.map((a) => ({
              label: t('common.areaNumber', { n: a.code }),
              value: a.scorePercent,
              display: a.scorePercent === null ? '' : `${number(a.scorePercent, 1)}`,
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
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </div>
      </section>

      <section aria-labelledby="sum-actions" className="card">
        <h2 id="sum-actions">{t('summary.statusByAction')}</h2>
        <StackedBars
          title={t('summary.statusChart')}
          keys={STATUS_KEYS.map((k) => ({ key: k, label: t(`status.${k}`) }))}
          rows={s.actions.map((a) => ({
            label: `(${a.code})`,
            segments: STATUS_KEYS.map((k) => ({
              key: k,
              label: t(`status.${k}`),
              value: a.statusCounts[k] ?? 0,
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

      <section aria-labelledby="sum-indicators" className="card">
        <h2 id="sum-indicators">{t('summary.indicators')}</h2>
        <TableScroll label={t('summary.indicators')}>
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('indicators.indicator')}</th>
                <th scope="col">{t('summary.reportingMembers')}</th>
                <th scope="col">{t('indicators.total')}</th>
                <th scope="col">{t('sex.female')}</th>
                <th scope="col">{t('sex.male')}</th>
                <th scope="col">{t('age.child')}</th>
                <th scope="col">{t('summary.previous')}</th>
                <th scope="col">{t('summary.change')}</th>
              </tr>
            </thead>
            <tbody>
              {s.indicators.map((i) => (
                <tr key={i.code}>
                  <th scope="row">
                    <Seeded>{i.name}</Seeded>
                  </th>
                  <td className="num">{number(i.reportingMembers)}</td>
                  <td className="num">{i.reportingMembers ? number(i.total) : '—'}</td>
                  <td className="num">{i.bySex ? number(i.bySex.female) : '—'}</td>
                  <td className="num">{i.bySex ? number(i.bySex.male) : '—'}</td>
                  <td className="num">{i.byAge ? number(i.byAge.child) : '—'}</td>
                  <td className="num">{number(i.previousTotal)}</td>
                  <td className="num">{signed(i.change, (n) => number(n))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="sum-protocol" className="card">
        <h2 id="sum-protocol">{t('summary.protocol')}</h2>
        <dl className="facts">
          <dt>{t('summary.partiesAsOf', { date: date(s.protocol.asOf) })}</dt>
          <dd>
            {number(s.protocol.parties)} / {number(s.members)}{' '}
            <span className="hint">
              ({t('summary.change')}: {signed(s.protocol.change, (n) => number(n))})
            </span>
          </dd>
          <dt>{t('summary.signatoriesNotParties')}</dt>
          <dd>{number(s.protocol.signatoriesNotParties)}</dd>
          <dt>{t('summary.partyMembers')}</dt>
          <dd>
            <CountryLinks codes={s.protocol.partyMembers} />
          </dd>
          {s.protocol.partiesWithUnknownDate.length > 0 && (
            <>
              <dt>{t('summary.unknownDate')}</dt>
              <dd>
                <CountryLinks codes={s.protocol.partiesWithUnknownDate} />
              </dd>
            </>
          )}
          <dt>{t('summary.dataComplete', { date: date(s.protocol.completeAsOf) })}</dt>
          <dd lang="en">{s.protocol.gap}</dd>
        </dl>
      </section>

      <section aria-labelledby="sum-follow" className="card">
        <h2 id="sum-follow">{t('summary.followUp')}</h2>
        <h3>{t('summary.notReported')}</h3>
        <CountryLinks codes={s.notReported} />
        <h3>{t('summary.overdue')}</h3>
        {s.overdue.length === 0 ? (
          <p>{t('common.none')}</p>
        ) : (
          <ul className="plain">
            {s.overdue.map((o) => (
              <li key={o.country}>
                <Link to={`/countries/${o.country}`}>{o.country}</Link>:{' '}
                {o.missingActions.map((a) => `(${a})`).join(' ')}
              </li>
            ))}
          </ul>
        )}
        <h3>{t('summary.mismatches')}</h3>
        {s.treatyMismatches.length === 0 ? (
          <p>{t('common.none')}</p>
        ) : (
          <ul className="plain">
            {s.treatyMismatches.map((m) => (
              <li key={`${m.country}-${m.item}`}>
                {m.country} {m.item}: <span lang="en">{m.message}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
