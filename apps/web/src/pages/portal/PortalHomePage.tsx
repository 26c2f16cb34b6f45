import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ProcessView, PublicationView } from '../../api/generated/api';
import { portalQueries } from '../../api/portal';
import { ErrorNotice, Loading, PageHeading } from '../../components/feedback';
import { useI18n } from '../../i18n';
import { together } from '../../lib/loading';
import { latestPublished } from './latestPublished';
import { ProtocolStatusSection } from './ProtocolStatusSection';

/** `/public`: the regional processes and their latest publication, and the Protocol map. */
export function PortalHomePage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('portal.title')}>{t('portal.title')}</PageHeading>
      <p className="lead">{t('portal.intro')}</p>
      <ProcessList />
      <ProtocolStatusSection />
    </>
  );
}

function ProcessList() {
  const { t } = useI18n();
  const page = together<[ProcessView[], PublicationView[]]>([
    useQuery(portalQueries.processes),
    useQuery(portalQueries.publications()),
  ]);
  return (
    <section className="card" aria-labelledby="portal-processes">
      <h2 id="portal-processes">{t('portal.processes')}</h2>
      {page.error !== null && <ErrorNotice error={page.error} onRetry={page.reload} />}
      {!page.data ? (
        page.error === null && <Loading />
      ) : (
        <ul className="portal-processes">
          {page.data[0].map((process) => (
            <ProcessItem
              key={process.code}
              process={process}
              latest={latestPublished(page.data![1], process.code)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProcessItem({ process, latest }: { process: ProcessView; latest?: PublicationView }) {
  const { t, date } = useI18n();
  return (
    <li>
      <Link to={`/public/processes/${process.code}`}>
        {process.code} — <span lang="en">{process.name}</span>
      </Link>
      <span className="hint">
        {latest
          ? t('portal.latest', {
              period: latest.period,
              version: latest.version,
              date: date(latest.publishedAt),
            })
          : t('portal.notPublished')}
      </span>
    </li>
  );
}
