import { Notice, PageHeading } from '../../components/feedback';
import { useI18n } from '../../i18n';
import { useSession } from '../../lib/session';
import { TwoFactorSetup } from './TwoFactorSetup';

/**
 * After signing in, an account whose role requires a second factor and has none sets it up
 * before anything else (REQUIRE_TWO_FACTOR_ROLES); signing out is the other way out.
 */
export function RequiredEnrolmentPage() {
  const { t } = useI18n();
  const { finishEnrolment, signOut } = useSession();
  return (
    <div className="form-narrow">
      <PageHeading title={t('twoFactor.requiredTitle')}>{t('twoFactor.requiredTitle')}</PageHeading>
      <Notice kind="warning" role="status">
        {t('twoFactor.requiredIntro')}
      </Notice>
      <section className="card">
        <TwoFactorSetup onDone={() => void finishEnrolment()} />
      </section>
      <p>
        <button type="button" className="button link" onClick={signOut}>
          {t('nav.signOut')}
        </button>
      </p>
    </div>
  );
}
