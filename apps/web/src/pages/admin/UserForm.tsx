import { LOCALES, type Locale } from '@app/i18n';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, etagOf } from '../../api/client';
import { ROLES, type Role } from '../../api/codes';
import { createUser, updateUser } from '../../api/endpoints';
import type { UserView } from '../../api/generated/api';
import { queries } from '../../api/queries';
import { ErrorNotice } from '../../components/feedback';
import { Picker } from '../../components/Picker';
import { SelectField, ServerText, TextField } from '../../components/fields';
import { TimeZoneField } from '../../components/TimeZoneField';
import { LANGUAGE_NAMES, useI18n } from '../../i18n';
import type { PickerOption } from '../../lib/pickerOptions';

interface UserFields {
  name: string;
  email: string;
  password: string;
  role: Role;
  locale: Locale;
  timeZone: string;
  countries: string[];
  processes: string[];
  active: boolean;
}

const fieldsOf = (user: UserView | null): UserFields => ({
  name: user?.name ?? '',
  email: user?.email ?? '',
  password: '',
  role: user?.role ?? 'focal_point',
  locale: user?.locale ?? 'en',
  timeZone: user?.timeZone ?? 'UTC',
  countries: user?.countries ?? [],
  processes: user?.processes ?? [],
  active: user?.active ?? true,
});

interface UserFormProps {
  user: UserView | null;
  onDone(message: string): void;
  onCancel?(): void;
  /** The account changed since the list was loaded (412): the list loads again. */
  onStale?(): void;
  /** Built again from the account as saved elsewhere: say so. */
  stale?: boolean;
}

/** Creating or changing an account, as a mutation; a stale change goes to `onStale`. */
function useUserSave({ user, onDone, onStale }: UserFormProps, fields: UserFields) {
  const { t } = useI18n();
  const save = useMutation({
    mutationFn: async () => {
      const body = {
        name: fields.name.trim(),
        role: fields.role,
        locale: fields.locale,
        timeZone: fields.timeZone,
        countries: fields.role === 'focal_point' ? fields.countries : [],
        processes: fields.role === 'coordinator' ? fields.processes : [],
        ...(fields.password ? { password: fields.password } : {}),
      };
      if (user) {
        await updateUser(user.id, { ...body, active: fields.active }, etagOf(user.version)!);
        return t('admin.userSaved', { email: user.email });
      }
      // Without a password, the account is invited: its owner chooses one from an email.
      await createUser({ ...body, email: fields.email.trim() });
      return t('admin.userCreated', { email: fields.email.trim() });
    },
    onSuccess: onDone,
    onError: (failure) => {
      if (user && onStale && failure instanceof ApiError && failure.status === 412) onStale();
    },
  });
  const staleRefusal =
    user && onStale && save.error instanceof ApiError && save.error.status === 412;
  return { save, error: staleRefusal ? null : save.error };
}

/** Create or change an account: role and its scopes, language, active, password. */
export function UserForm(props: UserFormProps) {
  const { user, onCancel, stale = false } = props;
  const { t } = useI18n();
  const [fields, setFields] = useState<UserFields>(() => fieldsOf(user));
  const staleNotice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale) staleNotice.current?.focus();
  }, [stale]);
  const { save, error } = useUserSave(props, fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined, { onSuccess: () => !user && setFields(fieldsOf(null)) });
  };

  const idPrefix = user ? `user-${user.id}` : 'new-user';
  return (
    <form onSubmit={submit} noValidate className="user-form" aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>
        {user ? t('admin.editUser', { email: user.email }) : t('admin.newUser')}
      </h3>
      <AccountFields
        fields={fields}
        set={(patch) => setFields((f) => ({ ...f, ...patch }))}
        isNew={!user}
        errors={error instanceof ApiError ? error.byField : {}}
      />
      {stale && user && (
        <div className="notice notice-warning" role="alert" tabIndex={-1} ref={staleNotice}>
          {t('admin.userChanged', { email: user.email })}
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={save.isPending}>
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

function AccountFields({
  fields,
  set,
  isNew,
  errors,
}: {
  fields: UserFields;
  set(patch: Partial<UserFields>): void;
  isNew: boolean;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  // An entry of a list (`processes[1]`: no such process) is shown on the list's field.
  const serverError = (field: string) => {
    const messages = Object.entries(errors)
      .filter(([name]) => name === field || name.startsWith(`${field}[`))
      .map(([, message]) => message);
    return messages.length > 0 ? <ServerText>{messages.join(' ')}</ServerText> : undefined;
  };
  return (
    <>
      <div className="field-grid">
        {isNew && (
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
          label={isNew ? t('admin.passwordOrInvite') : t('admin.newPassword')}
          type="password"
          autoComplete="new-password"
          hint={isNew ? t('admin.inviteHint') : t('admin.passwordHint')}
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
        <ScopeField fields={fields} set={set} serverError={serverError} />
        <SelectField
          label={t('profile.locale')}
          value={fields.locale}
          onChange={(e) => set({ locale: e.target.value as Locale })}
          options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
        />
        <TimeZoneField
          value={fields.timeZone}
          error={serverError('timeZone')}
          onChange={(timeZone) => set({ timeZone })}
        />
      </div>
      {!isNew && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={fields.active}
            onChange={(e) => set({ active: e.target.checked })}
          />
          {t('admin.active')}
        </label>
      )}
    </>
  );
}

/** What the role covers: a focal point's countries, a coordinator's processes, picked by name or code. */
function ScopeField({
  fields,
  set,
  serverError,
}: {
  fields: UserFields;
  set(patch: Partial<UserFields>): void;
  serverError(field: string): ReactNode;
}) {
  const { t } = useI18n();
  const countries = useQuery({ ...queries.countries(), enabled: fields.role === 'focal_point' });
  const processes = useQuery({ ...queries.processes, enabled: fields.role === 'coordinator' });
  // Reference names are in English: marked so, and searched by code too.
  const options = (items: { code: string; name: string }[] | undefined): PickerOption[] =>
    (items ?? []).map((item) => ({
      value: item.code,
      label: item.name,
      detail: item.code,
      lang: 'en',
    }));
  return (
    <>
      {fields.role === 'focal_point' && (
        <Picker
          multiple
          label={t('profile.countries')}
          hint={t('admin.countriesHint')}
          options={options(countries.data?.map((c) => ({ code: c.iso3, name: c.name })))}
          value={fields.countries}
          error={serverError('countries')}
          onChange={(countries) => set({ countries })}
        />
      )}
      {fields.role === 'coordinator' && (
        <Picker
          multiple
          label={t('profile.processes')}
          hint={t('admin.processesHint')}
          options={options(processes.data)}
          value={fields.processes}
          error={serverError('processes')}
          onChange={(processes) => set({ processes })}
        />
      )}
    </>
  );
}
