import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app';

/** The admin every test database starts with (created by the global setup). */
export const TEST_ADMIN = { email: 'admin@test.example', password: 'admin-password-for-tests' };

export interface Account {
  id: string;
  email: string;
  password: string;
  token: string;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function signIn(api: TestApp, email: string, password: string): Promise<string> {
  const res = await api.http.post('/api/v1/auth/login').send({ email, password }).expect(200);
  return res.body.accessToken as string;
}

/** Creates an account through the API, as an admin would, and signs it in. */
export async function createAccount(
  api: TestApp,
  adminToken: string,
  role: 'admin' | 'focal_point' | 'coordinator' | 'analyst',
  scopes: { countries?: string[]; processes?: string[] } = {},
): Promise<Account> {
  const email = `${role}.${randomBytes(3).toString('hex')}@test.example`;
  const password = `pw-${randomBytes(9).toString('hex')}`;
  const res = await api.http
    .post('/api/v1/users')
    .set(bearer(adminToken))
    .send({ email, name: `${role} tester`, password, role, ...scopes })
    .expect(201);
  return { id: res.body.id, email, password, token: await signIn(api, email, password) };
}
