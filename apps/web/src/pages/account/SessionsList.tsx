import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { endOwnSession, listOwnSessions } from '../../api/account-endpoints';
import { ErrorNotice, Loading } from '../../components/feedback';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';

const SESSIONS = ['me', 'sessions'];

/** The official's sessions (device, address, started, last used), each of which they can end. */
export function SessionsList() {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: SESSIONS,
    queryFn: ({ signal }) => listOwnSessions(signal),
  });
  const ending = useMutation({
    mutationFn: endOwnSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSIONS }),
  });
  return (
    <>
      <h3>{t('account.sessions')}</h3>
      {sessions.isPending && <Loading />}
      {sessions.error !== null && (
        <ErrorNotice error={sessions.error} onRetry={() => void sessions.refetch()} />
      )}
      {ending.error !== null && <ErrorNotice error={ending.error} />}
      {sessions.data && (
        <TableScroll label={t('account.sessions')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('account.sessionDevice')}</th>
                <th scope="col">{t('account.sessionAddress')}</th>
                <th scope="col">{t('account.sessionStarted')}</th>
                <th scope="col">{t('account.sessionLastUsed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('account.endSession')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((session) => (
                <tr key={session.id}>
                  <th scope="row">
                    {session.device ? (
                      // Product names, the same in every language.
                      <span data-user-content>{session.device}</span>
                    ) : (
                      t('account.unknownDevice')
                    )}
                  </th>
                  <td>{session.address ?? '—'}</td>
                  <td>{dateTime(session.startedAt)}</td>
                  <td>{dateTime(session.lastUsedAt)}</td>
                  <td>
                    {session.current ? (
                      t('account.thisSession')
                    ) : (
                      <button
                        type="button"
                        className="button link"
                        disabled={ending.isPending}
                        onClick={() => ending.mutate(session.id)}
                      >
                        {t('account.endSession')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
