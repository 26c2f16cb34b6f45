import type { FieldError } from '@app/problems';
import type { Role } from './roles';

const A_ROLE: Record<Role, string> = {
  admin: 'an admin',
  focal_point: 'a focal point',
  coordinator: 'a coordinator',
  analyst: 'an analyst',
};

/** A role's scopes must fit it: focal points have countries, coordinators processes, others none. */
export function scopeProblems(
  role: Role,
  countries: readonly string[],
  processes: readonly string[],
): FieldError[] {
  const problems: FieldError[] = [];
  const needs = (field: string, message: string) => problems.push({ field, messages: [message] });
  if (role === 'focal_point' && countries.length === 0)
    needs('countries', 'a focal point needs at least one country');
  if (role !== 'focal_point' && countries.length > 0)
    needs('countries', `${A_ROLE[role]} has no countries; leave countries empty`);
  if (role === 'coordinator' && processes.length === 0)
    needs('processes', 'a coordinator needs at least one regional process');
  if (role !== 'coordinator' && processes.length > 0)
    needs('processes', `${A_ROLE[role]} has no processes; leave processes empty`);
  return problems;
}
