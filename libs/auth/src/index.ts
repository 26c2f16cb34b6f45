export type { Actor } from './actor';
export { AccountToken } from './account-tokens/account-token.entity';
export { Invitations } from './account-tokens/invitations.service';
export { linkToken } from './account-tokens/link-token';
export { PasswordResets } from './account-tokens/password-resets.service';
export { issueRequestedResetLink } from './account-tokens/requested-reset';
export { AuthModule } from './auth.module';
export { AuthService } from './auth.service';
export { DEFAULT_ADMIN_EMAIL, ensureFirstAdmin } from './first-admin';
export type { FirstAdminOutcome } from './first-admin';
export { ACCESS_DENIED, mayAccessCountry, readableCountries } from './policy';
export type { Operation } from './policy';
export { OidcSignIn } from './oidc/oidc-sign-in.service';
export { OIDC_FLOW_TTL_MS } from './oidc/oidc-flow';
export type { OidcRefusal } from './oidc/oidc-sign-in.service';
export { OwnPassword } from './own-password.service';
export { AuthSession } from './sessions/auth-session.entity';
export { Sessions } from './sessions/sessions.service';
export { TwoFactor } from './two-factor/two-factor.service';
export { ENROLMENT_REQUIRED, mustEnrolTwoFactor } from './two-factor/enrolment';
export { LOCALES, ROLES } from './roles';
export type { Locale, Role } from './roles';
export { TokenService } from './token.service';
export { User } from './user.entity';
export { UsersService } from './users.service';
export type { CreateUserCommand, UpdateUserCommand } from './users.service';
export type { UserFilter } from './users.queries';
export {
  ACCOUNT_STATUSES,
  LoginView,
  RecoveryCodesView,
  RefreshView,
  TwoFactorChallengeView,
  TwoFactorEnrolmentView,
  SessionView,
  MeView,
  SignedInUserView,
  UserListView,
  UserView,
} from './views';
export type { AccountStatus } from './views';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';
