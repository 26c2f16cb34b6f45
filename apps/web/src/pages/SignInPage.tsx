import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { Notice, PageHeading } from '../components/feedback';
import { TextField } from '../components/fields';
import { useI18n } from '../i18n';
import { safeNext, useRouter } from '../lib/router';
import { useSession } from '../lib/session';

export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const { search, navigate } = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const expired = search.get('expired') === '1';
  const next = search.get('next');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(safeNext(next), { replace: true });
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiError && failure.status === 401) setError(t('signIn.wrong'));
      else if (failure instanceof ApiError && failure.status === 429) setError(t('signIn.tooMany'));
      else if (failure instanceof ApiError && failure.status === 400)
        setError(t('signIn.incomplete'));
      else setError(t('error.network'));
    }
  };

  return (
    <div className="sign-in">
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      <p className="lead">{t('signIn.intro')}</p>
      {expired && (
        <Notice kind="warning" role="status">
          {t('signIn.expired')}
        </Notice>
      )}
      <form onSubmit={submit} noValidate className="card form-narrow">
        <TextField
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <div className="notice notice-error" role="alert">
            {error}
          </div>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      <p className="hint">{t('signIn.help')}</p>
    </div>
  );
}
