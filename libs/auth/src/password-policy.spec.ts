import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long password of one’s own', () => {
    expect(passwordProblem('a long passphrase of one’s own')).toBeNull();
  });

  it('refuses short, overlong and commonly used passwords', () => {
    expect(passwordProblem('short')).toMatch(/12 to 200/);
    expect(passwordProblem('x'.repeat(201))).toMatch(/12 to 200/);
    expect(passwordProblem('Unbelievable')).toMatch(/commonly used/);
  });
});
