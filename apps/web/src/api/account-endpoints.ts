// The /api/v1 routes of accounts: signing in (password, two-factor, single sign-on), invitations,
// passwords, sessions and one's own profile; typed as endpoints.ts is.
import { api, dataOf, result } from './client';
import type { UpdateProfileDto } from './generated/api';

type Signal = AbortSignal | undefined;

export const signIn = (email: string, password: string) =>
  dataOf(api.POST('/api/v1/auth/login', { body: { email, password } }));

/** Whether this deployment offers single sign-on, and the provider's name. */
export const getSingleSignOn = (signal?: Signal) =>
  dataOf(api.GET('/api/v1/auth/oidc', { signal }));
/** Where the browser goes to sign in with the identity provider (a navigation, not a fetch). */
export const SINGLE_SIGN_ON_START = '/api/v1/auth/oidc/start';

export const acceptInvitation = (token: string, password: string) =>
  result(api.POST('/api/v1/auth/invitation/accept', { body: { token, password } }));
export const forgotPassword = (email: string) =>
  result(api.POST('/api/v1/auth/password/forgot', { body: { email } }));
export const resetPassword = (token: string, password: string) =>
  result(api.POST('/api/v1/auth/password/reset', { body: { token, password } }));
export const resendInvitation = (id: string) =>
  result(api.POST('/api/v1/users/{id}/invitation', { params: { path: { id } } }));

/** Carries the refresh cookie, which the browser sends to /api/v1/auth only (refreshing: client.ts). */
export const signOutSession = () => result(api.POST('/api/v1/auth/logout'));
export const listOwnSessions = (signal?: Signal) =>
  dataOf(api.GET('/api/v1/me/sessions', { signal }));
export const endOwnSession = (id: string) =>
  result(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } }));

export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  dataOf(api.POST('/api/v1/me/password', { body: { currentPassword, newPassword } }));

export const completeTwoFactor = (challengeToken: string, code: string) =>
  dataOf(api.POST('/api/v1/auth/login/two-factor', { body: { challengeToken, code } }));
export const startTwoFactor = () => dataOf(api.POST('/api/v1/me/two-factor'));
export const confirmTwoFactor = (code: string) =>
  dataOf(api.POST('/api/v1/me/two-factor/confirm', { body: { code } }));
export const turnOffTwoFactor = (code: string) =>
  result(api.DELETE('/api/v1/me/two-factor', { body: { code } }));
export const resetUserTwoFactor = (id: string) =>
  result(api.DELETE('/api/v1/users/{id}/two-factor', { params: { path: { id } } }));

export const getMe = (signal?: Signal) => result(api.GET('/api/v1/me', { signal }));
/** Changes to the profile and to accounts always name the version they change. */
export const updateMe = (body: UpdateProfileDto, etag: string) =>
  result(api.PATCH('/api/v1/me', { params: { header: { 'If-Match': etag } }, body }));
