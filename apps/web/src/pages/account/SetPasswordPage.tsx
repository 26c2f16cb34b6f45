import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { acceptInvitation, resetPassword } from '../../api/account-endpoints';
import { errorMessageKey, Notice, PageHeading } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { useI18n, type MessageKey } from '../../i18n';

export type PasswordLink = 'invitation' | 'reset';

const WORDS: Record<PasswordLink, { title: MessageKey; intro: MessageKey; done: MessageKey }> = {
  invitation: {
    title: 'account.invitationTitle',
    intro: 'account.invitationIntro',
    done: 'account.invitationDone',
  },
  reset: { title: 'account.resetTitle', intro: 'account.resetIntro', done: 'account.resetDone' },
};
const SUBMIT: Record<PasswordLink, (token: string, password: string) => Promise<unknown>> = {
  invitation: acceptInvitation,
  reset: resetPassword,
};

/**
 * The token of an emailed link, read once from the URL fragment (which browsers never send to a
 * server) and then taken out of the address bar and history.
 */
function useLinkToken(): string {
  const [token] = useState(() => {
    const found = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
    if (found) window.history.replaceState(null, '', window.location.pathname);
    return found;
  });
  return token;
}

/** Choosing a password with an emailed link: an invitation's first one, or a reset. */
export function SetPasswordPage({ link }: { link: PasswordLink }) {
  const { t } = useI18n();
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const words = WORDS[link];
  const saving = useMutation({ mutationFn: () => SUBMIT[link](token, password) });
  const failure = saving.error instanceof ApiError ? saving.error : null;
  const linkRefused = !token || failure?.byField.token !== undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== repeated);
    if (password === repeated) saving.mutate();
  };

  if (saving.isSuccess)
    return (
      <div className="sign-in">
        <PageHeading title={t(words.title)}>{t(words.title)}</PageHeading>
        <Notice kind="success" role="status">
          {t(words.done)}
        </Notice>
        <p>
          <Link to="/sign-in">{t('signIn.submit')}</Link>
        </p>
      </div>
    );
  return (
    <div className="sign-in">
      <PageHeading title={t(words.title)}>{t(words.title)}</PageHeading>
      <p className="lead">{t(words.intro)}</p>
      {linkRefused ? (
        <Notice kind="error" role="alert">
          {t('account.linkInvalid')}
        </Notice>
      ) : (
        <form onSubmit={submit} noValidate className="card form-narrow">
          <TextField
            label={t('account.newPassword')}
            type="password"
            autoComplete="new-password"
            hint={t('admin.passwordHint')}
            required
            value={password}
            error={failure?.byField.password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <TextField
            label={t('account.repeatPassword')}
            type="password"
            autoComplete="new-password"
            required
            value={repeated}
            error={mismatch ? t('account.passwordsDiffer') : undefined}
            onChange={(e) => setRepeated(e.target.value)}
          />
          {saving.error !== null && !failure?.byField.password && (
            <div className="notice notice-error" role="alert">
              {t(errorMessageKey(saving.error))}
            </div>
          )}
          <button type="submit" className="button primary" disabled={saving.isPending}>
            {t('account.savePassword')}
          </button>
        </form>
      )}
    </div>
  );
}
