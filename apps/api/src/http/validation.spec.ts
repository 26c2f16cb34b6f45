import { ValidationError } from '@nestjs/common';
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
