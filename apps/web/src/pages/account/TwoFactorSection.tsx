import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { turnOffTwoFactor } from '../../api/account-endpoints';
import { errorMessageKey, LiveStatus } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { useI18n } from '../../i18n';
import { useMe } from '../../lib/session';
import { TwoFactorSetup } from './TwoFactorSetup';

/** The profile's two-factor sign-in: on or off, set it up, or turn it off with a code. */
export function TwoFactorSection() {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const [settingUp, setSettingUp] = useState(false);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState('');
  const reloadMe = () => queryClient.invalidateQueries({ queryKey: ['me'] });
  const turningOff = useMutation({
    mutationFn: () => turnOffTwoFactor(code.trim()),
    onSuccess: async () => {
      setCode('');
      setMessage(t('twoFactor.turnedOff'));
      await reloadMe();
    },
  });
  const fields = turningOff.error instanceof ApiError ? turningOff.error.byField : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    turningOff.mutate();
  };

  return (
    <div className="two-factor">
      <h3>{t('twoFactor.title')}</h3>
      <LiveStatus message={message} />
      <p>{me.twoFactorEnabled ? t('twoFactor.isOn') : t('twoFactor.isOff')}</p>
      {!me.twoFactorEnabled && !settingUp && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setMessage('');
            setSettingUp(true);
          }}
        >
          {t('twoFactor.setUp')}
        </button>
      )}
      {!me.twoFactorEnabled && settingUp && (
        <TwoFactorSetup
          onCancel={() => setSettingUp(false)}
          onDone={() => {
            setSettingUp(false);
            setMessage(t('twoFactor.turnedOn'));
            void reloadMe();
          }}
        />
      )}
      {me.twoFactorEnabled && (
        <form onSubmit={submit} noValidate aria-label={t('twoFactor.turnOff')}>
          <TextField
            label={t('twoFactor.turnOffCode')}
            name="code"
            autoComplete="one-time-code"
            required
            value={code}
            error={fields.code ? t('twoFactor.wrongCode') : undefined}
            onChange={(e) => setCode(e.target.value)}
          />
          {turningOff.error !== null && !fields.code && (
            <div className="notice notice-error" role="alert">
              {t(errorMessageKey(turningOff.error))}
            </div>
          )}
          <button type="submit" className="button" disabled={turningOff.isPending}>
            {t('twoFactor.turnOff')}
          </button>
        </form>
      )}
    </div>
  );
}
