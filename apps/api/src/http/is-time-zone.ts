import { isTimeZone } from '@app/notifications';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** An IANA time zone name this runtime knows, such as America/Mexico_City or UTC. */
export const IsTimeZone =
  (options?: ValidationOptions): PropertyDecorator =>
  (target, property) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: property as string,
      options: {
        message: `${String(property)} must be an IANA time zone such as America/Mexico_City`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isTimeZone(value) },
    });
