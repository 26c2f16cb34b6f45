import type { Role } from './roles';

/**
 * What an actor may do with a country's reports and indicator values:
 * read; write (edit drafts and submit); review (validate, return, reopen).
 */
export type Operation = 'read' | 'write' | 'review';

/** The part of a signed-in user the policy looks at. */
export interface AccessScope {
  role: Role;
  /** Focal points: the countries they report for. */
  countries: readonly string[];
  /** Coordinators: the member States of their regional processes. */
  coordinatedCountries: readonly string[];
}

/**
 * The one per-object rule of the tracker. Admins may do everything; focal points read and write
 * their own countries; coordinators read and review their processes' member States; analysts
 * read everything and write nothing.
 */
export function mayAccessCountry(actor: AccessScope, operation: Operation, iso3: string): boolean {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'focal_point':
      return operation !== 'review' && actor.countries.includes(iso3);
    case 'coordinator':
      return operation !== 'write' && actor.coordinatedCountries.includes(iso3);
    case 'analyst':
      return operation === 'read';
  }
}

/** The countries whose reports an actor may read: every one, or a list (for scoped listings). */
export function readableCountries(actor: AccessScope): 'all' | string[] {
  switch (actor.role) {
    case 'admin':
    case 'analyst':
      return 'all';
    case 'focal_point':
      return [...actor.countries];
    case 'coordinator':
      return [...actor.coordinatedCountries];
  }
}

export const ACCESS_DENIED: Record<Operation, string> = {
  read: 'Your account may not read reports of',
  write: 'Your account may not edit or submit reports of',
  review: 'Your account may not review reports of',
};
