import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { changeOwnPassword } from '../../api/account-endpoints';
import { errorMessageKey, LiveStatus } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { useI18n } from '../../i18n';
import { useSession } from '../../lib/session';
import { SessionsList } from './SessionsList';
import { TwoFactorSection } from './TwoFactorSection';

/**
 * The profile's "Security": one's password (changing it ends the other sessions), two-factor
 * sign-in and sessions.
 */
export function SecuritySection() {
  const { t } = useI18n();
  const { replaceToken } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const changing = useMutation({
    mutationFn: () => changeOwnPassword(current, next),
    onSuccess: (login) => {
      replaceToken(login.accessToken);
      setCurrent('');
      setNext('');
      setRepeated('');
    },
  });
  const fields = changing.error instanceof ApiError ? changing.error.byField : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(next !== repeated);
    if (next === repeated) changing.mutate();
  };

  return (
    <section className="card" aria-labelledby="profile-security">
      <h2 id="profile-security">{t('account.security')}</h2>
      <form onSubmit={submit} noValidate aria-label={t('account.changePassword')}>
        <h3>{t('account.changePassword')}</h3>
        <TextField
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          error={fields.currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <TextField
          label={t('account.newPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('admin.passwordHint')}
          required
          value={next}
          error={fields.newPassword}
          onChange={(e) => setNext(e.target.value)}
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
        {changing.error !== null && !fields.currentPassword && !fields.newPassword && (
          <div className="notice notice-error" role="alert">
            {t(errorMessageKey(changing.error))}
          </div>
        )}
        <LiveStatus message={changing.isSuccess ? t('account.passwordChanged') : ''} />
        <button type="submit" className="button primary" disabled={changing.isPending}>
          {t('account.savePassword')}
        </button>
      </form>
      <TwoFactorSection />
      <SessionsList />
    </section>
  );
}
