import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { UserView } from '../../api/generated/api';
import { resendInvitation, resetUserTwoFactor } from '../../api/account-endpoints';
import { ConfirmButton } from '../../components/ConfirmButton';
import { queries } from '../../api/queries';
import { ErrorNotice, Loading, LiveStatus } from '../../components/feedback';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';
import { loadable } from '../../lib/loading';
import { UserForm } from './UserForm';

export function AdminUsers() {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const users = loadable(useQuery(queries.users));
  const reload = () => void queryClient.invalidateQueries({ queryKey: queries.users.queryKey });
  const [editing, setEditing] = useState<string | null>(null);
  /** The account (and version) whose save was refused as stale: its form is built again. */
  const [stale, setStale] = useState<{ id: string; version: number } | null>(null);
  const [message, setMessage] = useState('');

  const done = (text: string) => {
    setMessage(text);
    setEditing(null);
    setStale(null);
    reload();
  };
  const edit = (id: string | null) => {
    setEditing(id);
    setStale(null);
  };

  return (
    <>
      <section className="card" aria-labelledby="users-title">
        <h2 id="users-title">{t('admin.users')}</h2>
        <LiveStatus message={message} />
        {users.loading && !users.data && <Loading />}
        {users.error !== null && <ErrorNotice error={users.error} onRetry={users.reload} />}
        {users.data && (
          <TableScroll label={t('admin.users')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('profile.name')}</th>
                  <th scope="col">{t('profile.email')}</th>
                  <th scope="col">{t('profile.role')}</th>
                  <th scope="col">{t('admin.scopes')}</th>
                  <th scope="col">{t('admin.status')}</th>
                  <th scope="col">{t('admin.twoFactor')}</th>
                  <th scope="col">{t('admin.lastSignIn')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((user) => (
                  <UserRow
                    key={user.id}
                    user={user}
                    editing={editing === user.id}
                    stale={stale?.id === user.id && stale.version !== user.version}
                    onEdit={() => edit(editing === user.id ? null : user.id)}
                    onDone={done}
                    onStale={() => {
                      setStale({ id: user.id, version: user.version });
                      reload();
                    }}
                    lastSignIn={dateTime(user.lastLoginAt)}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section className="card">
        <UserForm user={null} onDone={done} />
      </section>
    </>
  );
}

/** Active, deactivated, or invited with the link's end and a way to send a new one. */
function AccountStatus({ user, onDone }: { user: UserView; onDone(message: string): void }) {
  const { t, dateTime } = useI18n();
  const resend = useMutation({
    mutationFn: () => resendInvitation(user.id),
    onSuccess: () => onDone(t('admin.invitationSent', { email: user.email })),
  });
  if (user.status !== 'invited')
    return <>{user.status === 'active' ? t('admin.activeYes') : t('admin.activeNo')}</>;
  return (
    <>
      {user.invitationExpiresAt
        ? t('admin.statusInvited', { expires: dateTime(user.invitationExpiresAt) })
        : t('admin.statusInvitationExpired')}{' '}
      <button
        type="button"
        className="button link"
        disabled={resend.isPending}
        onClick={() => resend.mutate()}
      >
        {t('admin.resendInvitation')}
      </button>
      {resend.error !== null && <ErrorNotice error={resend.error} />}
    </>
  );
}

/** On or off; an admin resets it for an official who lost their phone (sessions end, email). */
function TwoFactorStatus({ user, onDone }: { user: UserView; onDone(message: string): void }) {
  const { t } = useI18n();
  const reset = useMutation({
    mutationFn: () => resetUserTwoFactor(user.id),
    onSuccess: () => onDone(t('admin.twoFactorReset', { email: user.email })),
  });
  if (!user.twoFactorEnabled) return <>{t('admin.twoFactorOff')}</>;
  return (
    <>
      {t('admin.twoFactorOn')}{' '}
      <ConfirmButton
        className="button link"
        disabled={reset.isPending}
        title={t('admin.resetTwoFactorTitle', { email: user.email })}
        body={t('admin.resetTwoFactorBody')}
        confirm={t('admin.resetTwoFactor')}
        onConfirm={() => reset.mutate()}
      >
        {t('admin.resetTwoFactor')}
        <span className="visually-hidden" data-user-content>
          {' '}
          {user.email}
        </span>
      </ConfirmButton>
      {reset.error !== null && <ErrorNotice error={reset.error} />}
    </>
  );
}

function UserRow({
  user,
  editing,
  stale,
  onEdit,
  onDone,
  onStale,
  lastSignIn,
}: {
  user: UserView;
  editing: boolean;
  stale: boolean;
  onEdit(): void;
  onDone(message: string): void;
  onStale(): void;
  lastSignIn: string;
}) {
  const { t } = useI18n();
  // When the form closes (saved, cancelled) with the focus in it, back to this row's button.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (wasEditing.current && !editing && focusLost) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <>
      <tr>
        <th scope="row" data-user-content>
          {user.name}
        </th>
        <td data-user-content>{user.email}</td>
        <td>{t(`role.${user.role}`)}</td>
        <td>{[...user.countries, ...user.processes].join(', ') || '—'}</td>
        <td>
          <AccountStatus user={user} onDone={onDone} />
        </td>
        <td>
          <TwoFactorStatus user={user} onDone={onDone} />
        </td>
        <td>{lastSignIn}</td>
        <td>
          <button
            ref={editButton}
            type="button"
            className="button link"
            aria-expanded={editing}
            onClick={onEdit}
          >
            {t('admin.edit')}
            <span className="visually-hidden" data-user-content>
              {' '}
              {user.email}
            </span>
          </button>
        </td>
      </tr>
      {editing && (
        <tr className="edit-row">
          <td colSpan={8}>
            {/* A new version (saved elsewhere) builds the form again from it. */}
            <UserForm
              key={user.version}
              user={user}
              stale={stale}
              onDone={onDone}
              onCancel={onEdit}
              onStale={onStale}
            />
          </td>
        </tr>
      )}
    </>
  );
}
