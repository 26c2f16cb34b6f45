import type { PartConflict } from '@app/domain';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { WorkflowState } from '../api/codes';
import { useI18n } from '../i18n';
import type { PartChoice } from '../lib/editable/useEditableRecord';
import { EDITABLE_STATES } from '../lib/permissions';
import { StateBadge } from './badges';

/** How a page names a part of its record and shows one of its values (null: absent). */
export interface PartDescriber {
  label(part: string): string;
  value(part: string, value: unknown): ReactNode;
}

const CHOICES: PartChoice[] = ['mine', 'theirs', 'edit'];
const CHOICE_LABEL = {
  mine: 'conflict.chooseMine',
  theirs: 'conflict.chooseTheirs',
  edit: 'conflict.chooseEdit',
} as const;

/**
 * The record was saved (by someone else, or by this user in another window) while this user was
 * editing: what changed in different parts is already merged; each part both changed is shown,
 * theirs beside mine, with its own choice. Never a silent overwrite.
 */
export function ConflictView({
  conflicts,
  theirs,
  byMe,
  describe,
  busy,
  onResolve,
}: {
  conflicts: PartConflict[];
  theirs: { state: WorkflowState; version: number; updatedBy: string; updatedAt: string };
  /** The saved version is this account's own, from another window. */
  byMe: boolean;
  describe: PartDescriber;
  busy: boolean;
  onResolve(choices: Record<string, PartChoice>): void;
}) {
  const { t, dateTime } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [choices, setChoices] = useState<Record<string, PartChoice>>(() =>
    Object.fromEntries(conflicts.map((conflict) => [conflict.part, 'mine'])),
  );
  const editable = EDITABLE_STATES.includes(theirs.state);

  return (
    <section className="card conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={heading} tabIndex={-1}>
        {t('conflict.title')}
      </h2>
      <p>
        {t('conflict.explain', {
          by: byMe ? 'you' : 'other',
          who: theirs.updatedBy,
          when: dateTime(theirs.updatedAt),
          version: theirs.version,
        })}
      </p>
      <p>
        {t('conflict.savedState')} <StateBadge state={theirs.state} />
      </p>
      <p role="status">{t('conflict.differences', { n: conflicts.length })}</p>
      <PartsTable
        conflicts={conflicts}
        describe={describe}
        choices={choices}
        onChoose={(part, choice) => setChoices((previous) => ({ ...previous, [part]: choice }))}
      />
      {!editable && <p className="notice notice-warning">{t('conflict.notEditable')}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          onClick={() => onResolve(choices)}
          disabled={busy || !editable}
        >
          {t('conflict.apply')}
        </button>
      </div>
    </section>
  );
}

/** Each part both changed: mine beside the saved one, and which to keep. */
function PartsTable({
  conflicts,
  describe,
  choices,
  onChoose,
}: {
  conflicts: PartConflict[];
  describe: PartDescriber;
  choices: Record<string, PartChoice>;
  onChoose(part: string, choice: PartChoice): void;
}) {
  const { t } = useI18n();
  const shown = (part: string, value: unknown) =>
    value === null ? t('conflict.none') : describe.value(part, value);
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('common.table', { name: t('conflict.compare') })}
      tabIndex={0}
    >
      <table className="conflict-table">
        <caption className="visually-hidden">{t('conflict.compare')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.mine')}</th>
            <th scope="col">{t('conflict.theirs')}</th>
            <th scope="col">{t('conflict.choice')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map(({ part, mine, theirs }) => (
            <tr key={part} className="differs">
              <th scope="row">{describe.label(part)}</th>
              <td>{shown(part, mine)}</td>
              <td>{shown(part, theirs)}</td>
              <td>
                <fieldset className="choice">
                  <legend className="visually-hidden">
                    {t('conflict.choiceOf', { part: describe.label(part) })}
                  </legend>
                  {CHOICES.map((choice) => (
                    <label key={choice}>
                      <input
                        type="radio"
                        name={`choice-${part}`}
                        checked={choices[part] === choice}
                        onChange={() => onChoose(part, choice)}
                      />{' '}
                      {t(CHOICE_LABEL[choice])}
                    </label>
                  ))}
                </fieldset>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
