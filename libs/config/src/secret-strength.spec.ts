import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { estimateSecretBits, PUBLISHED_SECRETS, weakSecretReason } from './secret-strength';

describe('estimateSecretBits', () => {
  it('scores the usual generated secrets at 256 bits or more', () => {
    expect(estimateSecretBits(randomBytes(32).toString('hex'))).toBeGreaterThanOrEqual(256);
    expect(estimateSecretBits(randomBytes(32).toString('base64'))).toBeGreaterThanOrEqual(256);
    expect(estimateSecretBits(randomBytes(32).toString('base64url'))).toBeGreaterThanOrEqual(256);
  });

  it('scores short, repetitive or patterned secrets low', () => {
    expect(estimateSecretBits('')).toBe(0);
    expect(estimateSecretBits('a'.repeat(100))).toBeLessThan(64);
    expect(estimateSecretBits('abc'.repeat(30))).toBeLessThan(64);
    expect(estimateSecretBits('12345678901234567890123456789012')).toBeLessThan(256);
    expect(estimateSecretBits(randomBytes(16).toString('hex'))).toBe(128);
  });
});

describe('weakSecretReason', () => {
  it('refuses a published secret even when it looks long', () => {
    for (const secret of PUBLISHED_SECRETS) expect(weakSecretReason(secret)).toMatch(/repository/);
    expect(weakSecretReason(randomBytes(48).toString('base64'))).toBeNull();
  });

  it('knows every JWT secret written in the repository', () => {
    const root = join(__dirname, '../../..');
    const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((file) => /\.(md|ya?ml|example|env|ts|json|sh)$|Dockerfile/.test(file))
      .filter((file) => !file.endsWith('.spec.ts') && !file.startsWith('test/'));
    const written = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of text.matchAll(
        /JWT_SECRET(?::-|\s*[:=]\s*['"]?)([A-Za-z0-9+/=_-]{16,})(?=['"}\s,]|$)/gm,
      ))
        written.add(match[1]);
    }
    expect(written.size).toBeGreaterThan(0);
    expect([...written].filter((secret) => !PUBLISHED_SECRETS.has(secret))).toEqual([]);
  });
});
