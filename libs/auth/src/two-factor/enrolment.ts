/**
 * Whether an account must enrol a second factor before anything else: its role is one the
 * deployment requires it of (REQUIRE_TWO_FACTOR_ROLES) and it has none yet. Decided from the
 * account as it is now, so confirming a second factor makes the same session a full one.
 */
export const mustEnrolTwoFactor = (
  account: { role: string; twoFactorEnabled: boolean },
  requiredRoles: readonly string[],
): boolean => !account.twoFactorEnabled && requiredRoles.includes(account.role);

/** The problem code of a route refused while enrolment is required. */
export const ENROLMENT_REQUIRED = 'two_factor_enrolment_required';
