// The summary's tables of indicators, Protocol parties and follow-up.
import { Link } from 'react-router';
import type { SummaryView as SummaryViewData } from '../../api/generated/api';
import { Seeded } from '../../components/badges';
import { TableScroll } from '../../components/fields';
import { useI18n, type I18n } from '../../i18n';

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

/** A figure, or "no data" for null (never 0, never a dash). */
export function Figure({ value, digits = 0 }: { value: number | null; digits?: number }) {
  const { t, number } = useI18n();
  return <>{value === null ? t('summary.noData') : number(value, digits)}</>;
}

/** A like-for-like change; "n of m members comparable" beside it when not all members compare. */
export function Change({
  change,
  comparable,
  members,
  digits = 0,
}: {
  change: number | null;
  comparable: number;
  members: number;
  digits?: number;
}) {
  const { t, number } = useI18n();
  if (change === null) return <>{t('summary.noData')}</>;
  return (
    <>
      {change > 0 ? `+${number(change, digits)}` : number(change, digits)}
      {comparable !== members && (
        <span className="hint"> ({t('summary.comparable', { n: comparable, m: members })})</span>
      )}
    </>
  );
}

/** The parties among the members, or "at least N (data complete to …)" past the treaty data. */
export function partiesText(s: SummaryViewData, { t, number, date }: I18n): string {
  return s.protocol.partiesAtLeast
    ? t('summary.partiesAtLeast', { n: s.protocol.parties, date: date(s.protocol.completeAsOf) })
    : `${number(s.protocol.parties)} / ${number(s.members)}`;
}

/** The indicators’ totals over the reporting members, with the previous period. */
export function IndicatorTotals({ summary: s }: { summary: SummaryViewData }) {
  const { t, number } = useI18n();
  return (
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
                <td className="num">
                  <Figure value={i.total} />
                </td>
                <td className="num">{i.bySex ? <Figure value={i.bySex.female} /> : '—'}</td>
                <td className="num">{i.bySex ? <Figure value={i.bySex.male} /> : '—'}</td>
                <td className="num">{i.byAge ? <Figure value={i.byAge.child} /> : '—'}</td>
                <td className="num">
                  <Figure value={i.previousTotal} />
                </td>
                <td className="num">
                  <Change change={i.change} comparable={i.comparableMembers} members={s.members} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** The members’ standing with the Smuggling Protocol, and what the treaty data covers. */
export function ProtocolFacts({ summary: s }: { summary: SummaryViewData }) {
  const i18n = useI18n();
  const { t, number, date } = i18n;
  return (
    <section aria-labelledby="sum-protocol" className="card">
      <h2 id="sum-protocol">{t('summary.protocol')}</h2>
      <dl className="facts">
        <dt>{t('summary.partiesAsOf', { date: date(s.protocol.asOf) })}</dt>
        <dd>
          {partiesText(s, i18n)}{' '}
          <span className="hint">
            ({t('summary.change')}:{' '}
            <Change change={s.protocol.change} comparable={s.members} members={s.members} />)
          </span>
        </dd>
        <dt>{t('summary.signatoriesNotParties')}</dt>
        <dd>{number(s.protocol.signatoriesNotParties)}</dd>
        <dt>{t('summary.partyMembers')}</dt>
        <dd>
          <CountryLinks codes={s.protocol.partyMembers} />
        </dd>
        {s.protocol.unknownMembers.length > 0 && (
          <>
            <dt>{t('document.unknownMembers')}</dt>
            <dd>
              <CountryLinks codes={s.protocol.unknownMembers} />
            </dd>
          </>
        )}
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
  );
}

/** Who has not reported, who is overdue, and answers that contradict the treaty record. */
export function FollowUp({ summary: s }: { summary: SummaryViewData }) {
  const { t } = useI18n();
  return (
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
  );
}
