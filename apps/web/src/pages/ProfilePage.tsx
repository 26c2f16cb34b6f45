import { formatMessage } from '@app/i18n';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import {
  getMe,
  getProcesses,
  listSubscriptions,
  subscribe,
  unsubscribe,
  updateMe,
} from '../api/endpoints';
import { LOCALES, type Frequency, type Locale } from '../api/types';
import { ErrorNotice, Loading, LiveStatus, Notice, PageHeading } from '../components/feedback';
import { SelectField, ServerText, TextField } from '../components/fields';
import { LANGUAGE_NAMES, useI18n } from '../i18n';
import { useMe, useSession } from '../lib/session';
import { useAction } from '../lib/useAction';
import { useApi } from '../lib/useApi';

const timeZones = (): string[] => {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['UTC'];
};

/** The signed-in user's own account: name, language, time zone, and email digests. */
export function ProfilePage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('profile.title')}>{t('profile.title')}</PageHeading>
      <ProfileForm />
      <Subscriptions />
    </>
  );
}

function ProfileForm() {
  const { t, setLocale } = useI18n();
  const me = useMe();
  const { meEtag, setMe } = useSession();
  const [name, setName] = useState(me.name);
  const [locale, setLocaleField] = useState<Locale>(me.locale);
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [changedElsewhere, setChangedElsewhere] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setChangedElsewhere(false);
    setMessage(t('record.saving'));
    try {
      const result = await updateMe({ name: name.trim(), locale, timeZone }, meEtag);
      setMe(result.data, result.etag);
      setLocale(locale);
      setMessage(formatMessage(locale, 'profile.saved'));
    } catch (failure) {
      setMessage('');
      if (failure instanceof ApiError && (failure.status === 412 || failure.status === 428)) {
        // Changed elsewhere (another tab, an admin): never saved over. The form shows the saved
        // profile, and the user makes their change to it again.
        try {
          const current = await getMe();
          setMe(current.data, current.etag);
          setName(current.data.name);
          setLocaleField(current.data.locale);
          setTimeZone(current.data.timeZone);
          setChangedElsewhere(true);
        } catch (loadFailure) {
          setError(loadFailure);
        }
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const fieldErrors = error instanceof ApiError ? error.byField : {};
  const serverError = (field: string) =>
    fieldErrors[field] ? <ServerText>{fieldErrors[field]}</ServerText> : undefined;

  return (
    <form className="card form-narrow" onSubmit={save} noValidate aria-labelledby="profile-account">
      <h2 id="profile-account">{t('profile.account')}</h2>
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
      <TextField
        label={t('profile.name')}
        value={name}
        required
        autoComplete="name"
        error={serverError('name')}
        onChange={(e) => setName(e.target.value)}
      />
      <SelectField
        label={t('profile.locale')}
        hint={t('profile.localeHint')}
        value={locale}
        onChange={(e) => setLocaleField(e.target.value as Locale)}
        options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
      />
      <TextField
        label={t('profile.timeZone')}
        hint={t('profile.timeZoneHint')}
        value={timeZone}
        list="time-zones"
        error={serverError('timeZone')}
        onChange={(e) => setTimeZone(e.target.value)}
      />
      <datalist id="time-zones">
        {timeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {changedElsewhere && (
        <Notice kind="warning" role="alert">
          {t('profile.changedElsewhere')}
        </Notice>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <LiveStatus message={message} />
      <button type="submit" className="button primary" disabled={busy}>
        {t('profile.save')}
      </button>
    </form>
  );
}

function Subscriptions() {
  const { t, dateTime } = useI18n();
  const list = useApi(async (signal) => {
    const [subscriptions, processes] = await Promise.all([
      listSubscriptions(signal),
      getProcesses(),
    ]);
    return { subscriptions, processes };
  }, []);
  const [process, setProcess] = useState('RCM');
  const [frequency, setFrequency] = useState<Frequency>('weekly');
  const { busy, message, error, act } = useAction(list.reload);

  return (
    <section className="card" aria-labelledby="profile-subs">
      <h2 id="profile-subs">{t('profile.subscriptions')}</h2>
      <p>{t('profile.subscriptionsIntro')}</p>
      {list.loading && !list.data && <Loading />}
      {list.error !== null && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.data &&
        (list.data.subscriptions.length === 0 ? (
          <p>{t('profile.noSubscriptions')}</p>
        ) : (
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
              {list.data.subscriptions.map((s) => (
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
                      disabled={busy}
                      onClick={() =>
                        void act(
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
        ))}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => subscribe(process, frequency), t('profile.subscribed', { process }));
        }}
      >
        <SelectField
          label={t('summary.process')}
          value={process}
          onChange={(e) => setProcess(e.target.value)}
          options={(list.data?.processes ?? [{ code: 'RCM', name: 'RCM' }]).map((p) => ({
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
        <button type="submit" className="button secondary" disabled={busy}>
          {t('profile.subscribe')}
        </button>
      </form>
      {error !== null && <ErrorNotice error={error} />}
      <LiveStatus message={message} />
    </section>
  );
}
