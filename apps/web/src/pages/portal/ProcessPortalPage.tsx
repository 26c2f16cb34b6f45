import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { PublicationView, PublishedSummaryView } from '../../api/generated/api';
import { portalQueries } from '../../api/portal';
import { ErrorNotice, Loading, Notice, PageHeading } from '../../components/feedback';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';
import { loadable } from '../../lib/loading';
import { CiteThis, Downloads } from './CiteAndDownload';
import { latestPublished } from './latestPublished';
import { PublicationFigures } from './PublicationFigures';
import { VersionChanges } from './VersionChanges';

/** `/public/processes/RCM`: the latest publication, its files and citation, and every version. */
export function ProcessPortalPage({ process }: { process: string }) {
  const { t } = useI18n();
  const publications = loadable(useQuery(portalQueries.publications(process)));
  const latest = publications.data && latestPublished(publications.data, process);
  const published = loadable(
    useQuery({ ...portalQueries.publication(latest?.id ?? ''), enabled: !!latest }),
  );
  const name = published.data?.summary.processName;
  const title = t('portal.processTitle', { process });

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/public">{t('portal.title')}</Link>
          </li>
          <li aria-current="page">{process}</li>
        </ol>
      </nav>
      <PageHeading title={title}>{title}</PageHeading>
      {name && (
        <p className="lead" lang="en">
          {name}
        </p>
      )}
      {publications.error !== null && (
        <ErrorNotice error={publications.error} onRetry={publications.reload} />
      )}
      {published.error !== null && (
        <ErrorNotice error={published.error} onRetry={published.reload} />
      )}
      {publications.data && !latest && <Notice>{t('portal.notPublished')}</Notice>}
      {(!publications.data || (latest && !published.data)) &&
        publications.error === null &&
        published.error === null && <Loading />}
      {published.data && <PublishedVersion published={published.data} />}
      {publications.data && publications.data.length > 0 && (
        <VersionHistory publications={publications.data} />
      )}
    </>
  );
}

/** A published version: its facts, figures, files and citation. */
export function PublishedVersion({ published }: { published: PublishedSummaryView }) {
  const { t, dateTime } = useI18n();
  const { publication, summary } = published;
  return (
    <>
      <section className="card" aria-labelledby="pub-latest">
        <h2 id="pub-latest">
          {t('portal.version', { period: publication.period, version: publication.version })}
        </h2>
        <dl className="portal-facts">
          <dt>{t('portal.publishedAt')}</dt>
          <dd>{dateTime(publication.publishedAt)}</dd>
          {publication.note && (
            <>
              <dt>{t('portal.note')}</dt>
              <dd lang="en">{publication.note}</dd>
            </>
          )}
          <dt>{t('portal.hash')}</dt>
          <dd>
            <code className="hash">{publication.contentHash}</code>
          </dd>
        </dl>
      </section>
      <PublicationFigures summary={summary} />
      <Downloads publication={publication} licence={published.licence} />
      <CiteThis citation={published.citation} />
    </>
  );
}

function VersionHistory({ publications }: { publications: PublicationView[] }) {
  const { t, dateTime } = useI18n();
  return (
    <section className="card" aria-labelledby="pub-history">
      <h2 id="pub-history">{t('portal.history')}</h2>
      <TableScroll label={t('portal.history')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('portal.versionColumn')}</th>
              <th scope="col">{t('portal.publishedAt')}</th>
              <th scope="col">{t('country.status')}</th>
              <th scope="col">{t('portal.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {publications.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`/public/publications/${p.id}`}>
                    {t('portal.version', { period: p.period, version: p.version })}
                  </Link>
                </th>
                <td>{dateTime(p.publishedAt)}</td>
                <td>
                  {p.status === 'withdrawn' ? (
                    <>
                      <strong>{t('portal.withdrawn')}</strong>{' '}
                      <span lang="en">{p.withdrawalReason}</span>
                    </>
                  ) : (
                    t('portal.published')
                  )}
                </td>
                <td>{p.status === 'published' ? <VersionChanges id={p.id} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
