import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, ValidationError, validateSync } from 'class-validator';
import { AuthVariables } from './auth';
import { JobVariables } from './jobs';
import { MailVariables } from './mail';
import { ServerVariables } from './server';
import { StorageVariables } from './storage';

/** The variables of each capability, validated one by one so a bad value is named by itself. */
const PARTS: ReadonlyArray<new () => object> = [
  ServerVariables,
  StorageVariables,
  AuthVariables,
  MailVariables,
  JobVariables,
];

/** Environment variables as they arrive, validated and typed; `AppConfig` is what the app uses. */
export type Environment = ServerVariables &
  StorageVariables &
  AuthVariables &
  MailVariables &
  JobVariables;

/** The variables a part declares (each has at least one rule). */
const variablesOf = (part: new () => object): string[] =>
  getMetadataStorage()
    .getTargetValidationMetadatas(part, '', true, false)
    .map((rule) => rule.propertyName);

/**
 * Converts and validates every part of the raw environment: the typed environment (each
 * variable as its own part converted it) and every variable's problems.
 */
export function readEnvironment(raw: Record<string, string | undefined>): {
  env: Environment;
  errors: ValidationError[];
} {
  const env: Record<string, unknown> = {};
  const errors: ValidationError[] = [];
  for (const part of PARTS) {
    const values = plainToInstance(part, raw) as Record<string, unknown>;
    errors.push(...validateSync(values, { forbidUnknownValues: true }));
    for (const name of variablesOf(part)) env[name] = values[name];
  }
  return { env: env as unknown as Environment, errors };
}
