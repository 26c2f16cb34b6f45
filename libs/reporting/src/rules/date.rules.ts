import { isCalendarDate, isTimestamp, latestDayAnywhere } from '@app/domain';
import { registerDecorator, ValidationOptions } from 'class-validator';

function decorator(
  name: string,
  validate: (value: unknown) => boolean,
  message: (property: string) => string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      // Evaluated per refusal: a message may name today's date.
      options: { message: (args) => message(args.property), ...options },
      validator: { validate },
    });
}

export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator =>
  decorator(
    'isCalendarDate',
    isCalendarDate,
    (property) => `${property} must be a date as YYYY-MM-DD`,
    options,
  );

export const IsTimestamp = (options?: ValidationOptions): PropertyDecorator =>
  decorator(
    'isTimestamp',
    isTimestamp,
    (property) =>
      `${property} must be a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM:SSZ, offset optional)`,
    options,
  );

/**
 * A day no later than today in any time zone: what a cited document is dated. A malformed value
 * passes here and is refused by IsCalendarDate, so the client reads one message for it.
 */
export const IsNotFutureDay = (options?: ValidationOptions): PropertyDecorator =>
  decorator(
    'isNotFutureDay',
    (value) => !isCalendarDate(value) || value <= latestDayAnywhere(),
    (property) => `${property} must not be after ${latestDayAnywhere()}: a cited document exists`,
    options,
  );
