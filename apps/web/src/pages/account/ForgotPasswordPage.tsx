import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { forgotPassword } from '../../api/account-endpoints';
import { errorMessageKey, Notice, PageHeading } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { useI18n } from '../../i18n';

/** Asking for a reset link: the answer is the same whether or not the email has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const asking = useMutation({ mutationFn: () => forgotPassword(email.trim()) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    asking.mutate();
  };

  return (
    <div className="sign-in">
      <PageHeading title={t('account.forgotTitle')}>{t('account.forgotTitle')}</PageHeading>
      {asking.isSuccess ? (
        <Notice kind="success" role="status">
          {t('account.forgotSent', { email: email.trim() })}
        </Notice>
      ) : (
        <>
          <p className="lead">{t('account.forgotIntro')}</p>
          <form onSubmit={submit} noValidate className="card form-narrow">
            <TextField
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            {asking.error !== null && (
              <div className="notice notice-error" role="alert">
                {t(errorMessageKey(asking.error))}
              </div>
            )}
            <button type="submit" className="button primary" disabled={asking.isPending}>
              {t('account.forgotSubmit')}
            </button>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('signIn.submit')}</Link>
      </p>
    </div>
  );
}
