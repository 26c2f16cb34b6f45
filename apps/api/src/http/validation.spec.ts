import { ValidationError } from '@nestjs/common';
import { isCalendarDate } from './is-calendar-date';
import { fieldErrors } from './validation';

describe('fieldErrors', () => {
  it('writes nested paths the way clients address them', () => {
    const answer: ValidationError = {
      property: 'answer',
      constraints: { isIn: 'answer must be one of yes, no' },
      children: [],
    };
    const item: ValidationError = { property: '0', children: [answer] };
    const checklist: ValidationError = { property: 'checklist', children: [item] };
    const unknown: ValidationError = {
      property: 'role',
      constraints: { whitelistValidation: 'property role should not exist' },
    };
    expect(fieldErrors([checklist, unknown])).toEqual([
      { field: 'checklist[0].answer', messages: ['answer must be one of yes, no'] },
      { field: 'role', messages: ['property role should not exist'] },
    ]);
  });
});

describe('isCalendarDate', () => {
  it.each(['2025-12-31', '2024-02-29', '2000-01-01'])('accepts %s', (value) =>
    expect(isCalendarDate(value)).toBe(true),
  );
  it.each(['2025-02-29', '2025-13-01', '2025-1-1', '2025-12-31T00:00:00Z', '', 20251231])(
    'rejects %s',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
});
