import { formatMessage, LOCALES, type Locale } from '@app/i18n';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { Frequency } from '../api/codes';
import { subscribe, unsubscribe } from '../api/endpoints';
import { getMe, updateMe } from '../api/account-endpoints';
import type { MeView, SubscriptionDoc } from '../api/generated/api';
import { queries } from '../api/queries';
import { ErrorNotice, Loading, LiveStatus, Notice, PageHeading } from '../components/feedback';
import { SelectField, ServerText, TextField } from '../components/fields';
import { TimeZoneField } from '../components/TimeZoneField';
import { LANGUAGE_NAMES, useI18n } from '../i18n';
import { loadable } from '../lib/loading';
import { useMe, useSession } from '../lib/session';
import { useAction } from '../lib/useAction';
import { NotificationPreferences } from './NotificationPreferences';
import { SecuritySection } from './account/SecuritySection';

/** The signed-in user's own account: name, language, time zone, email digests and notifications. */
export function ProfilePage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('profile.title')}>{t('profile.title')}</PageHeading>
      <ProfileForm />
      <Subscriptions />
      <NotificationPreferences />
      <SecuritySection />
    </>
  );
}

/** The profile as saved, and saving it: never over a change made elsewhere. */
function useProfile() {
  const { t, setLocale } = useI18n();
  const me = useMe();
  const { meEtag, setMe } = useSession();
  const [fields, setFields] = useState({ name: me.name, locale: me.locale, timeZone: me.timeZone });
  const [message, setMessage] = useState('');
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const show = (saved: MeView) =>
    setFields({ name: saved.name, locale: saved.locale, timeZone: saved.timeZone });

  const saving = useMutation({
    mutationFn: async () => {
      const body = { ...fields, name: fields.name.trim() };
      try {
        return await updateMe(body, meEtag ?? '');
      } catch (failure) {
        if (!(failure instanceof ApiError) || (failure.status !== 412 && failure.status !== 428))
          throw failure;
        // Changed elsewhere (another tab, an admin): never saved over. The form shows the saved
        // profile, and the user makes their change to it again.
        const current = await getMe();
        setMe(current.data, current.etag);
        show(current.data);
        setChangedElsewhere(true);
        return null;
      }
    },
    onMutate: () => {
      setChangedElsewhere(false);
      setMessage(t('record.saving'));
    },
    onSuccess: (saved) => {
      if (!saved) return setMessage('');
      setMe(saved.data, saved.etag);
      setLocale(fields.locale);
      setMessage(formatMessage(fields.locale, 'profile.saved'));
    },
    onError: () => setMessage(''),
  });
  return { me, fields, setFields, message, changedElsewhere, saving };
}

function ProfileForm() {
  const { t } = useI18n();
  const { me, fields, setFields, message, changedElsewhere, saving } = useProfile();
  const set = (patch: Partial<typeof fields>) => setFields((f) => ({ ...f, ...patch }));
  const errors = saving.error instanceof ApiError ? saving.error.byField : {};
  const serverError = (field: string) =>
    errors[field] ? <ServerText>{errors[field]}</ServerText> : undefined;
  const save = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate();
  };

  return (
    <form className="card form-narrow" onSubmit={save} noValidate aria-labelledby="profile-account">
      <h2 id="profile-account">{t('profile.account')}</h2>
      <AccountFacts me={me} />
      <TextField
        label={t('profile.name')}
        value={fields.name}
        required
        autoComplete="name"
        error={serverError('name')}
        onChange={(e) => set({ name: e.target.value })}
      />
      <SelectField
        label={t('profile.locale')}
        hint={t('profile.localeHint')}
        value={fields.locale}
        onChange={(e) => set({ locale: e.target.value as Locale })}
        options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
      />
      <TimeZoneField
        value={fields.timeZone}
        error={serverError('timeZone')}
        onChange={(timeZone) => set({ timeZone })}
      />
      {changedElsewhere && (
        <Notice kind="warning" role="alert">
          {t('profile.changedElsewhere')}
        </Notice>
      )}
      {saving.error !== null && <ErrorNotice error={saving.error} />}
      <LiveStatus message={message} tone={saving.isPending ? 'progress' : 'success'} />
      <button type="submit" className="button primary" disabled={saving.isPending}>
        {t('profile.save')}
      </button>
    </form>
  );
}

/** What the account is: its email, role and scope (an administrator changes those). */
function AccountFacts({ me }: { me: MeView }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('profile.email')}</dt>
      <dd data-user-content>{me.email}</dd>
      <dt>{t('profile.role')}</dt>
      <dd>{t(`role.${me.role}`)}</dd>
      {me.countries.length > 0 && (
        <>
          <dt>{t('profile.countries')}</dt>
          <dd>{me.countries.join(', ')}</dd>
        </>
      )}
      {me.processes.length > 0 && (
        <>
          <dt>{t('profile.processes')}</dt>
          <dd>{me.processes.join(', ')}</dd>
        </>
      )}
    </dl>
  );
}

function Subscriptions() {
  const { t } = useI18n();
  const list = loadable(useQuery(queries.subscriptions));
  const action = useAction([queries.subscriptions.queryKey]);

  return (
    <section className="card" aria-labelledby="profile-subs">
      <h2 id="profile-subs">{t('profile.subscriptions')}</h2>
      <p>{t('profile.subscriptionsIntro')}</p>
      {list.loading && !list.data && <Loading />}
      {list.error !== null && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.data && <SubscriptionTable subscriptions={list.data} action={action} />}
      <SubscribeForm action={action} />
      {action.error !== null && <ErrorNotice error={action.error} />}
      <LiveStatus message={action.message} />
    </section>
  );
}

type Action = ReturnType<typeof useAction>;

function SubscriptionTable({
  subscriptions,
  action,
}: {
  subscriptions: SubscriptionDoc[];
  action: Action;
}) {
  const { t, dateTime } = useI18n();
  if (subscriptions.length === 0) return <p>{t('profile.noSubscriptions')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('summary.process')}</th>
          <th scope="col">{t('profile.frequency')}</th>
          <th scope="col">{t('profile.since')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('profile.stop')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {subscriptions.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              {s.process} <span lang="en">{s.processName}</span>
            </th>
            <td>{t(`frequency.${s.frequency}`)}</td>
            <td>{dateTime(s.createdAt)}</td>
            <td>
              <button
                type="button"
                className="button link danger"
                disabled={action.busy}
                onClick={() =>
                  void action.act(
                    () => unsubscribe(s.id),
                    t('profile.stopped', { process: s.process }),
                  )
                }
              >
                {t('profile.stopProcess', { process: s.process })}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SubscribeForm({ action }: { action: Action }) {
  const { t } = useI18n();
  const processes = useQuery(queries.processes);
  const [process, setProcess] = useState('RCM');
  const [frequency, setFrequency] = useState<Frequency>('weekly');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.act(
          () => subscribe({ process, frequency }),
          t('profile.subscribed', { process }),
        );
      }}
    >
      <SelectField
        label={t('summary.process')}
        value={process}
        onChange={(e) => setProcess(e.target.value)}
        options={(processes.data ?? [{ code: 'RCM', name: 'RCM' }]).map((p) => ({
          value: p.code,
          label: `${p.code} — ${p.name}`,
          lang: 'en',
        }))}
      />
      <SelectField
        label={t('profile.frequency')}
        value={frequency}
        onChange={(e) => setFrequency(e.target.value as Frequency)}
        options={(['weekly', 'monthly'] as const).map((f) => ({
          value: f,
          label: t(`frequency.${f}`),
        }))}
      />
      <button type="submit" className="button secondary" disabled={action.busy}>
        {t('profile.subscribe')}
      </button>
    </form>
  );
}
