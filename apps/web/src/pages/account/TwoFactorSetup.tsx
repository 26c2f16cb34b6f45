import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { confirmTwoFactor, startTwoFactor } from '../../api/account-endpoints';
import { errorMessageKey, LiveStatus } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { useI18n } from '../../i18n';

/** The recovery codes as a file, one a line, for the official to keep. */
function downloadCodes(codes: string[]): void {
  const url = URL.createObjectURL(new Blob([codes.join('\n') + '\n'], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'gcm9-recovery-codes.txt';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The ten recovery codes, shown this once: copy or download, then say they are saved. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard
      ?.writeText(codes.join('\n'))
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  return (
    <div className="recovery-codes">
      <h3>{t('twoFactor.recoveryTitle')}</h3>
      <p>{t('twoFactor.recoveryIntro')}</p>
      <ol aria-label={t('twoFactor.recoveryTitle')} data-user-content>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p className="actions">
        <button type="button" className="button" onClick={copy}>
          {t('twoFactor.copy')}
        </button>{' '}
        <button type="button" className="button" onClick={() => downloadCodes(codes)}>
          {t('twoFactor.download')}
        </button>
      </p>
      <LiveStatus message={copied ? t('twoFactor.copied') : ''} />
      <div className="field checkbox">
        <label>
          <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />{' '}
          {t('twoFactor.saved')}
        </label>
      </div>
      <button type="button" className="button primary" disabled={!saved} onClick={onDone}>
        {t('twoFactor.done')}
      </button>
    </div>
  );
}

/**
 * Enrolment: a new secret as a QR code (the API's SVG, shown as an image: no markup of it enters
 * the page) and as text for typing, confirmed with a first code; then the recovery codes.
 */
export function TwoFactorSetup({ onDone, onCancel }: { onDone(): void; onCancel?(): void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const starting = useMutation({ mutationFn: startTwoFactor });
  const confirming = useMutation({ mutationFn: () => confirmTwoFactor(code.trim()) });
  const { mutate: start } = starting;
  useEffect(() => start(), [start]);

  if (confirming.data)
    return <RecoveryCodes codes={confirming.data.recoveryCodes} onDone={onDone} />;
  const enrolment = starting.data;
  const fields = confirming.error instanceof ApiError ? confirming.error.byField : {};
  const failure = starting.error ?? (fields.code ? null : confirming.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirming.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('twoFactor.setUp')}>
      {enrolment && (
        <>
          <p>{t('twoFactor.scan')}</p>
          <img
            className="qr-code"
            width={200}
            height={200}
            alt={t('twoFactor.qrAlt')}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
          />
          <p>
            {t('twoFactor.manual')}{' '}
            <code className="totp-secret" data-user-content>
              {enrolment.secret}
            </code>
          </p>
          <TextField
            label={t('twoFactor.code')}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            value={code}
            error={fields.code ? t('twoFactor.wrongCode') : undefined}
            onChange={(e) => setCode(e.target.value)}
          />
        </>
      )}
      {failure !== null && (
        <div className="notice notice-error" role="alert">
          {t(errorMessageKey(failure))}
        </div>
      )}
      <p className="actions">
        <button
          type="submit"
          className="button primary"
          disabled={!enrolment || confirming.isPending}
        >
          {t('twoFactor.confirm')}
        </button>{' '}
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('twoFactor.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
