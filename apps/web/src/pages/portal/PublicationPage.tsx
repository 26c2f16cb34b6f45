import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { portalQueries } from '../../api/portal';
import { ErrorNotice, Loading, Notice, PageHeading } from '../../components/feedback';
import { useI18n } from '../../i18n';
import { loadable } from '../../lib/loading';
import { PublishedVersion } from './ProcessPortalPage';

/** `/public/publications/{id}`: one version at its stable address (the one citations give). */
export function PublicationPage({ id }: { id: string }) {
  const { t } = useI18n();
  const published = loadable(useQuery(portalQueries.publication(id)));
  const publication = published.data?.publication;
  const title = publication
    ? t('portal.versionTitle', {
        process: publication.process,
        period: publication.period,
        version: publication.version,
      })
    : t('portal.title');
  // A withdrawn version stays listed on its process page, but its content is gone (410).
  const withdrawn = published.error instanceof ApiError && published.error.status === 410;

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/public">{t('portal.title')}</Link>
          </li>
          {publication && (
            <li>
              <Link to={`/public/processes/${publication.process}`}>{publication.process}</Link>
            </li>
          )}
          <li aria-current="page">{publication ? publication.version : id}</li>
        </ol>
      </nav>
      <PageHeading title={title}>{title}</PageHeading>
      {withdrawn && <Notice kind="warning">{t('portal.gone')}</Notice>}
      {published.error !== null && !withdrawn && (
        <ErrorNotice error={published.error} onRetry={published.reload} />
      )}
      {published.data ? (
        <PublishedVersion published={published.data} />
      ) : (
        published.error === null && <Loading />
      )}
    </>
  );
}
