import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, etagOf } from '../../api/client';
import { createUser, listUsers, updateUser, type UserInput } from '../../api/endpoints';
import { LOCALES, ROLES, type Locale, type Role, type User } from '../../api/types';
import { ErrorNotice, Loading, LiveStatus } from '../../components/feedback';
import { SelectField, ServerText, TableScroll, TextField } from '../../components/fields';
import { LANGUAGE_NAMES, useI18n } from '../../i18n';
import { useApi } from '../../lib/useApi';

const codes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);

interface UserFields {
  name: string;
  email: string;
  password: string;
  role: Role;
  locale: Locale;
  countries: string;
  processes: string;
  active: boolean;
}

const fieldsOf = (user: User | null): UserFields => ({
  name: user?.name ?? '',
  email: user?.email ?? '',
  password: '',
  role: user?.role ?? 'focal_point',
  locale: user?.locale ?? 'en',
  countries: user?.countries.join(', ') ?? '',
  processes: user?.processes.join(', ') ?? '',
  active: user?.active ?? true,
});

/** Create or change an account: role and its scopes, language, active, password. */
function UserForm({
  user,
  onDone,
  onCancel,
  onStale,
  stale = false,
}: {
  user: User | null;
  onDone(message: string): void;
  onCancel?(): void;
  /** The account changed since the list was loaded (412): the list loads again. */
  onStale?(): void;
  /** Built again from the account as saved elsewhere: say so. */
  stale?: boolean;
}) {
  const { t } = useI18n();
  const [fields, setFields] = useState<UserFields>(() => fieldsOf(user));
  const staleNotice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale) staleNotice.current?.focus();
  }, [stale]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<UserFields>) => setFields((f) => ({ ...f, ...patch }));
  const errors = error instanceof ApiError ? error.byField : {};
  const serverError = (field: string) =>
    errors[field] ? <ServerText>{errors[field]}</ServerText> : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body: UserInput = {
      name: fields.name.trim(),
      role: fields.role,
      locale: fields.locale,
      countries: fields.role === 'focal_point' ? codes(fields.countries) : [],
      processes: fields.role === 'coordinator' ? codes(fields.processes) : [],
    };
    if (fields.password) body.password = fields.password;
    try {
      if (user) {
        await updateUser(user.id, { ...body, active: fields.active }, etagOf(user.version));
        onDone(t('admin.userSaved', { email: user.email }));
      } else {
        await createUser({ ...body, email: fields.email.trim() });
        onDone(t('admin.userCreated', { email: fields.email.trim() }));
        setFields(fieldsOf(null));
      }
    } catch (failure) {
      if (user && onStale && failure instanceof ApiError && failure.status === 412) onStale();
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const idPrefix = user ? `user-${user.id}` : 'new-user';
  return (
    <form onSubmit={submit} noValidate className="user-form" aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>
        {user ? t('admin.editUser', { email: user.email }) : t('admin.newUser')}
      </h3>
      <div className="field-grid">
        {!user && (
          <TextField
            label={t('profile.email')}
            type="email"
            required
            value={fields.email}
            error={serverError('email')}
            onChange={(e) => set({ email: e.target.value })}
          />
        )}
        <TextField
          label={t('profile.name')}
          required
          value={fields.name}
          error={serverError('name')}
          onChange={(e) => set({ name: e.target.value })}
        />
        <TextField
          label={user ? t('admin.newPassword') : t('signIn.password')}
          type="password"
          autoComplete="new-password"
          hint={t('admin.passwordHint')}
          required={!user}
          value={fields.password}
          error={serverError('password')}
          onChange={(e) => set({ password: e.target.value })}
        />
        <SelectField
          label={t('profile.role')}
          value={fields.role}
          onChange={(e) => set({ role: e.target.value as Role })}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        {fields.role === 'focal_point' && (
          <TextField
            label={t('profile.countries')}
            hint={t('admin.countriesHint')}
            value={fields.countries}
            error={serverError('countries')}
            onChange={(e) => set({ countries: e.target.value })}
          />
        )}
        {fields.role === 'coordinator' && (
          <TextField
            label={t('profile.processes')}
            hint={t('admin.processesHint')}
            value={fields.processes}
            error={serverError('processes')}
            onChange={(e) => set({ processes: e.target.value })}
          />
        )}
        <SelectField
          label={t('profile.locale')}
          value={fields.locale}
          onChange={(e) => set({ locale: e.target.value as Locale })}
          options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
        />
      </div>
      {user && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={fields.active}
            onChange={(e) => set({ active: e.target.checked })}
          />
          {t('admin.active')}
        </label>
      )}
      {stale && user && (
        <div className="notice notice-warning" role="alert" tabIndex={-1} ref={staleNotice}>
          {t('admin.userChanged', { email: user.email })}
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {user ? t('admin.saveUser') : t('admin.createUser')}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export function AdminUsers() {
  const { t, dateTime } = useI18n();
  const users = useApi((signal) => listUsers({}, signal), []);
  const [editing, setEditing] = useState<string | null>(null);
  /** The account (and version) whose save was refused as stale: its form is built again. */
  const [stale, setStale] = useState<{ id: string; version: number } | null>(null);
  const [message, setMessage] = useState('');

  const done = (text: string) => {
    setMessage(text);
    setEditing(null);
    setStale(null);
    users.reload();
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
                      users.reload();
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

function UserRow({
  user,
  editing,
  stale,
  onEdit,
  onDone,
  onStale,
  lastSignIn,
}: {
  user: User;
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
        <td>{user.active ? t('admin.activeYes') : t('admin.activeNo')}</td>
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
          <td colSpan={7}>
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
