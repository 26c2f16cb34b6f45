import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationProblem } from '@app/problems';
import { getMetadataStorage, type MetadataStorage, type ValidatorOptions } from 'class-validator';
import { rulesPass } from './rules-pass';

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

type RuleLookup = MetadataStorage['getTargetValidationMetadatas'];
type Rules = ReturnType<RuleLookup>;
const remembering = new WeakSet<object>();

/**
 * class-validator finds a class's rules on every validation by filtering every rule of every
 * class (a tenth of the CPU of a cached read). The rules are fixed once the classes are loaded,
 * so each lookup is kept, per class and options.
 */
export function rememberRuleLookups(): void {
  const storage = getMetadataStorage();
  if (remembering.has(storage)) return;
  remembering.add(storage);
  const lookup: RuleLookup = storage.getTargetValidationMetadatas.bind(storage);
  const kept = new WeakMap<object, Map<string, Rules>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    const ofTarget = kept.get(target) ?? new Map<string, Rules>();
    kept.set(target, ofTarget);
    let rules = ofTarget.get(options);
    if (!rules)
      ofTarget.set(options, (rules = lookup(target, schema, always, strictGroups, groups)));
    return rules;
  };
}

/** Valid bodies pass on the quick check; the rest go to class-validator, which names the errors. */
class QuickValidationPipe extends ValidationPipe {
  protected override validate(
    object: object,
    options?: ValidatorOptions,
  ): Promise<ValidationError[]> | ValidationError[] {
    return rulesPass(object, options) ? [] : super.validate(object, options);
  }
}

/** One pipe for every request: unknown fields rejected, types converted, all errors listed. */
export function createValidationPipe(): ValidationPipe {
  rememberRuleLookups();
  return new QuickValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationProblem(fieldErrors(errors)),
  });
}
