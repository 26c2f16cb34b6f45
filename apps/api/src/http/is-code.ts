import { CODE_PATTERNS } from '@app/domain';
import { Matches, ValidationArguments, ValidationOptions } from 'class-validator';

type CodeOptions = Pick<ValidationOptions, 'each'>;

/** A code rule whose message names the field, or each of a list's entries with `each`. */
const isCode =
  (pattern: RegExp, what: string) =>
  (options: CodeOptions = {}): PropertyDecorator =>
    Matches(pattern, {
      ...options,
      message: ({ property }: ValidationArguments) =>
        `${options.each ? `each of the ${property}` : property} must be ${what}`,
    });

/** An ISO 3166-1 alpha-3 country code in capitals: MEX. */
export const IsIso3 = isCode(
  CODE_PATTERNS.iso3,
  'an ISO3 code (three letters, ISO 3166-1 alpha-3) such as MEX',
);

/** A regional process code: RCM. */
export const IsProcessCode = isCode(CODE_PATTERNS.process, 'a process code such as RCM');

/** A reporting period: its year, 2025. */
export const IsPeriodCode = isCode(CODE_PATTERNS.period, 'a year such as 2025');
