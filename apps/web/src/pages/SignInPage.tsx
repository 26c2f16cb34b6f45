import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { getSingleSignOn, SINGLE_SIGN_ON_START } from '../api/account-endpoints';
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

/** Why single sign-on was refused (the API's ?sso=<reason>, docs/accounts.md). */
const SSO_REFUSALS: Record<string, MessageKey> = {
  sso_failed: 'signIn.ssoFailed',
  sso_no_account: 'signIn.ssoNoAccount',
  sso_email_unverified: 'signIn.ssoUnverified',
};

export function SignInPage() {
  const { t } = useI18n();
  const { signIn, adoptRefreshedSession } = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // Back from single sign-on: signed in (#sso=signed-in), or asked for a code (#challenge=…).
  const fragment = new URLSearchParams(useLocation().hash.slice(1));
  const ssoSignedIn = fragment.get('sso') === 'signed-in';
  const ssoChallenge = fragment.get('challenge');
  const ssoRefusal = SSO_REFUSALS[search.get('sso') ?? ''];
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  /** Set when the account asks for a second factor after the password or single sign-on. */
  const [challenge, setChallenge] = useState<string | null>(ssoChallenge);
  const singleSignOn = useQuery({
    queryKey: ['single-sign-on'],
    queryFn: ({ signal }) => getSingleSignOn(signal),
    staleTime: Infinity,
  });
  const adopting = useRef(false);
  useEffect(() => {
    if (!ssoSignedIn || adopting.current) return;
    adopting.current = true;
    void adoptRefreshedSession().then((adopted) =>
      navigate(adopted ? safeNext(search.get('next')) : '/sign-in?sso=sso_failed', {
        replace: true,
      }),
    );
  }, [ssoSignedIn, adoptRefreshedSession, navigate, search]);
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
  const busy =
    ssoSignedIn || signingIn.isPending || (signingIn.isSuccess && signingIn.data === null);
  // The identity provider stood in for the password: only the code is asked.
  const codeOnly = challenge !== null && challenge === ssoChallenge;
  const provider = singleSignOn.data?.enabled ? singleSignOn.data.displayName : null;

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
      {ssoRefusal && (
        <Notice kind="error" role="alert">
          {t(ssoRefusal)}
        </Notice>
      )}
      {provider !== null && !codeOnly && (
        <div className="card form-narrow">
          <a className="button primary" href={SINGLE_SIGN_ON_START}>
            {t('signIn.sso')}
          </a>
          <p className="hint">
            {t('signIn.ssoProvider')} <span data-user-content>{provider}</span>
          </p>
          <p>{t('signIn.ssoOr')}</p>
        </div>
      )}
      <form onSubmit={submit} noValidate className="card form-narrow">
        {!codeOnly && (
          <>
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
          </>
        )}
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
