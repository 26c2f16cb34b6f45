import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { NOTIFICATION_DELIVERIES, type Role } from '../api/codes';
import { setNotificationPreferences } from '../api/endpoints';
import type { NotificationPreferencesDto } from '../api/generated/api';
import { queries } from '../api/queries';
import { ErrorNotice, Loading, LiveStatus } from '../components/feedback';
import { SelectField } from '../components/fields';
import { useI18n } from '../i18n';
import { loadable } from '../lib/loading';
import { useMe } from '../lib/session';
import { useAction } from '../lib/useAction';

type Delivery = NotificationPreferencesDto['record_submitted'];
type Kind = keyof NotificationPreferencesDto;

/** The kinds each role is told of: submissions reach coordinators, review outcomes focal points. */
const KINDS_OF: Partial<Record<Role, Kind[]>> = {
  coordinator: ['record_submitted', 'record_resubmitted'],
  focal_point: ['record_returned', 'record_validated', 'record_reopened'],
};

/** On the profile: how email tells the user of each kind of workflow event they are told of. */
export function NotificationPreferences() {
  const { t } = useI18n();
  const kinds = KINDS_OF[useMe().role] ?? [];
  const saved = loadable(
    useQuery({ ...queries.notificationPreferences, enabled: kinds.length > 0 }),
  );
  if (kinds.length === 0) return null;
  return (
    <section className="card" aria-labelledby="profile-notifications">
      <h2 id="profile-notifications">{t('profile.notifications')}</h2>
      <p>{t('profile.notificationsIntro')}</p>
      {saved.loading && !saved.data && <Loading />}
      {saved.error !== null && <ErrorNotice error={saved.error} onRetry={saved.reload} />}
      {saved.data && <PreferencesForm saved={saved.data} kinds={kinds} />}
    </section>
  );
}

function PreferencesForm({ saved, kinds }: { saved: NotificationPreferencesDto; kinds: Kind[] }) {
  const { t } = useI18n();
  const [choices, setChoices] = useState(saved);
  const action = useAction([queries.notificationPreferences.queryKey]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void action.act(() => setNotificationPreferences(choices), t('profile.notificationsSaved'));
      }}
    >
      {kinds.map((kind) => (
        <SelectField
          key={kind}
          label={t('notification.kind', { kind })}
          value={choices[kind]}
          onChange={(e) => setChoices({ ...choices, [kind]: e.target.value as Delivery })}
          options={NOTIFICATION_DELIVERIES.map((delivery) => ({
            value: delivery,
            label: t('profile.delivery', { delivery }),
          }))}
        />
      ))}
      <button type="submit" className="button secondary" disabled={action.busy}>
        {t('profile.notificationsSave')}
      </button>
      {action.error !== null && <ErrorNotice error={action.error} />}
      <LiveStatus message={action.message} />
    </form>
  );
}
