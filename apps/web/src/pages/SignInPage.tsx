import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { Notice, PageHeading } from '../components/feedback';
import { TextField } from '../components/fields';
import { useI18n, type MessageKey } from '../i18n';
import { safeNext } from '../lib/navigation';
import { useSession } from '../lib/session';

/** Why signing in failed, in the reader's words. */
const REFUSALS: Record<number, MessageKey> = {
  401: 'signIn.wrong',
  429: 'signIn.tooMany',
  400: 'signIn.incomplete',
};

export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  /** Set when the account asks for a second factor after the password. */
  const [challenge, setChallenge] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const expired = search.get('expired') === '1';
  const signingIn = useMutation({
    mutationFn: () =>
      signIn(email.trim(), password, challenge ? { challengeToken: challenge, code } : undefined),
    onSuccess: (asked) => {
      if (asked) setChallenge(asked);
      else navigate(safeNext(search.get('next')), { replace: true });
    },
  });
  const failure = signingIn.error;
  const error =
    failure === null
      ? null
      : t((failure instanceof ApiError && REFUSALS[failure.status]) || 'error.network');
  // Signed in, the page goes: the button stays busy until it has.
  const busy = signingIn.isPending || (signingIn.isSuccess && signingIn.data === null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signingIn.mutate();
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
        {challenge && (
          <TextField
            label={t('signIn.code')}
            hint={t('signIn.codeHint')}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
        {error && (
          <div className="notice notice-error" role="alert">
            {error}
          </div>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('account.forgotLink')}</Link>
      </p>
      <p className="hint">{t('signIn.help')}</p>
    </div>
  );
}
