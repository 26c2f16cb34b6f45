/** Who a user is in the tracker; what each role may do is the access policy's business. */
export const ROLES = ['admin', 'focal_point', 'coordinator', 'analyst'] as const;
export type Role = (typeof ROLES)[number];
