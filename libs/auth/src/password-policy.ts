import { invalidField } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { check as isCommonPassword } from 'dumb-passwords';
import { PasswordHasher } from './password-hasher';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Why a password is refused, or null: the length rule and a list of the most used passwords. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH)
    return `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`;
  if (isCommonPassword(password))
    return 'this password is among the most commonly used ones; choose another';
  return null;
}

/** Every password an account gets passes here: checked (NIST SP 800-63B), then hashed. */
@Injectable()
export class PasswordPolicy {
  constructor(private readonly hasher: PasswordHasher) {}

  async hash(password: string, field = 'password'): Promise<string> {
    const problem = passwordProblem(password);
    if (problem) throw invalidField(field, problem);
    return this.hasher.hash(password);
  }
}
