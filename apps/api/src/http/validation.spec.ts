import { ValidationError } from '@nestjs/common';
import {
  getMetadataStorage,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  validate,
} from 'class-validator';
import { fieldErrors, rememberRuleLookups } from './validation';

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

describe('rememberRuleLookups', () => {
  class Note {
    @IsString() @MaxLength(5) text!: string;
    @IsOptional() @IsIn(['en', 'es']) locale?: string;
  }

  it('looks up a class’s rules once, and still applies every one of them', async () => {
    const storage = getMetadataStorage();
    rememberRuleLookups();
    const lookups = jest.spyOn(storage, 'getTargetValidationMetadatas');
    const errorsOf = async (value: object) =>
      (await validate(Object.assign(new Note(), value))).map((error) => error.property);
    expect(await errorsOf({ text: 'ok' })).toEqual([]);
    expect(await errorsOf({ text: 'too long', locale: 'de' })).toEqual(['text', 'locale']);
    expect(await errorsOf({ text: 7 })).toEqual(['text']);
    // Three validations, one lookup: each later call answers with the very rules of the first.
    const [first, ...later] = lookups.mock.results.map((result) => result.value as unknown);
    expect(later).toHaveLength(2);
    for (const rules of later) expect(rules).toBe(first);
    lookups.mockRestore();
  });
});
