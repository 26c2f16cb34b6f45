import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS } from '../api/codes';
import { setNotificationPreferences } from '../api/endpoints';
import type { NotificationPreferencesDto } from '../api/generated/api';
import { queries } from '../api/queries';
import { ErrorNotice, Loading, LiveStatus } from '../components/feedback';
import { SelectField } from '../components/fields';
import { useI18n } from '../i18n';
import { loadable } from '../lib/loading';
import { useAction } from '../lib/useAction';

type Delivery = NotificationPreferencesDto['record_submitted'];

/** On the profile: how email tells the user of each kind of workflow event. */
export function NotificationPreferences() {
  const { t } = useI18n();
  const saved = loadable(useQuery(queries.notificationPreferences));
  return (
    <section className="card" aria-labelledby="profile-notifications">
      <h2 id="profile-notifications">{t('profile.notifications')}</h2>
      <p>{t('profile.notificationsIntro')}</p>
      {saved.loading && !saved.data && <Loading />}
      {saved.error !== null && <ErrorNotice error={saved.error} onRetry={saved.reload} />}
      {saved.data && <PreferencesForm saved={saved.data} />}
    </section>
  );
}

function PreferencesForm({ saved }: { saved: NotificationPreferencesDto }) {
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
      {NOTIFICATION_KINDS.map((kind) => (
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
