import type { RecordTransition } from '@app/queue';
import {
  batchWindowStart,
  isSubmission,
  notificationKind,
  recordPath,
  transitionKey,
} from './workflow-notice';

const transition = (change: Partial<RecordTransition>): RecordTransition => ({
  record: 'report',
  country: 'MEX',
  period: '2026',
  action: 'd',
  event: 'submit',
  resubmit: false,
  version: 3,
  actorId: '00000000-0000-4000-8000-000000000000',
  ...change,
});

describe('workflow notices', () => {
  it('tells a resubmission from a first submission, and names each review outcome', () => {
    expect(notificationKind(transition({}))).toBe('record_submitted');
    expect(notificationKind(transition({ resubmit: true }))).toBe('record_resubmitted');
    expect(notificationKind(transition({ event: 'return' }))).toBe('record_returned');
    expect(notificationKind(transition({ event: 'validate' }))).toBe('record_validated');
    expect(notificationKind(transition({ event: 'reopen' }))).toBe('record_reopened');
    expect(isSubmission('record_resubmitted')).toBe(true);
    expect(isSubmission('record_returned')).toBe(false);
  });

  it('names a transition by its record and version, and links to the record', () => {
    expect(transitionKey(transition({}))).toBe('report:MEX:2026:d:v3');
    expect(transitionKey(transition({ record: 'indicator_set', action: undefined }))).toBe(
      'indicator_set:MEX:2026:v3',
    );
    expect(recordPath({ recordType: 'report', country: 'MEX', period: '2026', action: 'd' })).toBe(
      '/reports/MEX/2026/d',
    );
    expect(
      recordPath({ recordType: 'indicator_set', country: 'MEX', period: '2026', action: null }),
    ).toBe('/indicators/MEX/2026');
  });

  it('puts instants of the same hour in one batch window', () => {
    const hour = 3600000;
    expect(batchWindowStart(new Date('2026-11-29T16:59:59.999Z'), hour).toISOString()).toBe(
      '2026-11-29T16:00:00.000Z',
    );
    expect(batchWindowStart(new Date('2026-11-29T17:00:00.000Z'), hour).toISOString()).toBe(
      '2026-11-29T17:00:00.000Z',
    );
  });
});
