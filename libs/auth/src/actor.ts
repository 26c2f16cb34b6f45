import type { AuditContext } from '@app/audit';
import type { Locale, Role } from './roles';

/** The signed-in user making a request, with their scopes resolved once per request. */
export interface Actor extends AuditContext {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  /** Focal points: the countries they report for. */
  countries: string[];
  /** Coordinators: their regional processes… */
  processes: string[];
  /** …and the member States of those processes, whose reports they review. */
  coordinatedCountries: string[];
  /** Whether the account signs in with a second factor (REQUIRE_TWO_FACTOR_ROLES asks it of some). */
  twoFactorEnabled: boolean;
  /** The sign-in session of the request's token (null for a token without one). */
  sessionId?: string | null;
  requestId: string;
  ip: string | null;
}
