import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { createPeriod, updatePeriod } from '../../api/endpoints';
import type { PeriodView } from '../../api/generated/api';
import { queries } from '../../api/queries';
import { ErrorNotice, Loading, LiveStatus } from '../../components/feedback';
import { TableScroll, TextField } from '../../components/fields';
import { useI18n } from '../../i18n';
import { loadable } from '../../lib/loading';
import { useAction } from '../../lib/useAction';

/** Reporting periods: close, reopen, move the due date, add a year. */
export function AdminPeriods() {
  const { t, date } = useI18n();
  const periods = loadable(useQuery(queries.periods));
  const { busy, message, error, act } = useAction([queries.periods.queryKey]);

  return (
    <section className="card" aria-labelledby="periods-title">
      <h2 id="periods-title">{t('admin.periods')}</h2>
      <LiveStatus message={message} />
      {error !== null && <ErrorNotice error={error} />}
      {periods.loading && !periods.data && <Loading />}
      {periods.error !== null && <ErrorNotice error={periods.error} onRetry={periods.reload} />}
      {periods.data && (
        <TableScroll label={t('admin.periods')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('common.period')}</th>
                <th scope="col">{t('admin.span')}</th>
                <th scope="col">{t('record.due')}</th>
                <th scope="col">{t('admin.state')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {[...periods.data].reverse().map((p) => (
                <PeriodRow
                  key={p.code}
                  period={p}
                  busy={busy}
                  span={`${date(p.startsOn)} – ${date(p.endsOn)}`}
                  onToggle={() =>
                    void act(
                      () => updatePeriod(p.code, { state: p.state === 'open' ? 'closed' : 'open' }),
                      t(p.state === 'open' ? 'admin.periodClosed' : 'admin.periodReopened', {
                        period: p.code,
                      }),
                    )
                  }
                  onDue={(value) =>
                    void act(
                      () => updatePeriod(p.code, { dueOn: value }),
                      t('admin.dueMoved', { period: p.code, date: date(value) }),
                    )
                  }
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <AddPeriodForm busy={busy} act={act} />
    </section>
  );
}

function PeriodRow({
  period,
  busy,
  span,
  onToggle,
  onDue,
}: {
  period: PeriodView;
  busy: boolean;
  span: string;
  onToggle(): void;
  onDue(value: string): void;
}) {
  const { t } = useI18n();
  const [due, setDue] = useState(period.dueOn);
  return (
    <tr>
      <th scope="row">{period.code}</th>
      <td>{span}</td>
      <td>
        <div className="inline-field">
          <label className="visually-hidden" htmlFor={`due-${period.code}`}>
            {t('admin.dueOf', { period: period.code })}
          </label>
          <input
            id={`due-${period.code}`}
            type="date"
            value={due}
            onChange={(e) => setDue(e.target.value)}
          />
          <button
            type="button"
            className="button link"
            disabled={busy || !due || due === period.dueOn}
            onClick={() => onDue(due)}
          >
            {t('admin.saveDue', { period: period.code })}
          </button>
        </div>
      </td>
      <td>
        <span className={`badge period-${period.state}`}>{t(`periodState.${period.state}`)}</span>
      </td>
      <td>
        <button type="button" className="button secondary" disabled={busy} onClick={onToggle}>
          {period.state === 'open'
            ? t('admin.closePeriod', { period: period.code })
            : t('admin.reopenPeriod', { period: period.code })}
        </button>
      </td>
    </tr>
  );
}

/** A new year's period, with its due date if not the default. */
function AddPeriodForm({ busy, act }: Pick<ReturnType<typeof useAction>, 'busy' | 'act'>) {
  const { t } = useI18n();
  const [year, setYear] = useState('');
  const [dueOn, setDueOn] = useState('');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const added = await act(
      () => createPeriod(Number(year), dueOn || undefined),
      t('admin.periodAdded', { period: year }),
    );
    // What was typed stays when it was refused, to be corrected.
    if (added) {
      setYear('');
      setDueOn('');
    }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void add(e)} noValidate>
      <h3>{t('admin.addPeriod')}</h3>
      <TextField
        label={t('admin.year')}
        inputMode="numeric"
        required
        value={year}
        onChange={(e) => setYear(e.target.value)}
      />
      <TextField
        label={t('admin.dueOptional')}
        type="date"
        value={dueOn}
        onChange={(e) => setDueOn(e.target.value)}
      />
      <button type="submit" className="button secondary" disabled={busy || !year}>
        {t('admin.addPeriod')}
      </button>
    </form>
  );
}
