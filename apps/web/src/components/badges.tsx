import type { ImplementationStatus, WorkflowState } from '../api/codes';
import { useI18n } from '../i18n';

/** Workflow state as a word on a tinted chip (never colour alone). */
export function StateBadge({ state }: { state: WorkflowState | 'none' }) {
  const { t } = useI18n();
  return <span className={`badge state-${state}`}>{t(`state.${state}`)}</span>;
}

export function StatusBadge({ status }: { status: ImplementationStatus | null | undefined }) {
  const { t } = useI18n();
  if (!status) return <span className="badge status-none">{t('status.none')}</span>;
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

/** Seeded text that has no translation (Protocol references, process names): in English. */
export function Seeded({ children, as: Tag = 'span' }: { children: string; as?: 'span' | 'p' }) {
  return <Tag lang="en">{children}</Tag>;
}

/**
 * A framework text (action, checklist item, indicator) as the API answered it, in the reader's
 * language; a working translation (not the official wording) says so beside it.
 */
export function FrameworkText({
  children,
  working,
  as: Tag = 'span',
}: {
  children: string;
  working: boolean;
  as?: 'span' | 'p';
}) {
  const { locale, t } = useI18n();
  return (
    <>
      <Tag lang={locale}>{children}</Tag>
      {working && (
        <>
          {' '}
          <small className="working-translation" title={t('content.workingTranslationTitle')}>
            ({t('content.workingTranslation')})
          </small>
        </>
      )}
    </>
  );
}
