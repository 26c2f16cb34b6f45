import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationProblem } from '@app/problems';

/** `checklist[0].answer` style paths to the fields that failed. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    // class-validator leaves the property empty for an error on the object itself.
    const property = error.property ?? '';
    const segment = /^\d+$/.test(property) ? `[${property}]` : property;
    const field =
      parent === ''
        ? segment || 'body'
        : segment === '' || segment.startsWith('[')
          ? `${parent}${segment}`
          : `${parent}.${segment}`;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** One pipe for every request: unknown fields rejected, types converted, all errors listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationProblem(fieldErrors(errors)),
  });
}
