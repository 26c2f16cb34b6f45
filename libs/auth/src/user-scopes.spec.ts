import { ROLES } from './roles';
import { scopeProblems } from './user-scopes';

const fields = (problems: ReturnType<typeof scopeProblems>) => problems.map((p) => p.field);

describe('scopeProblems', () => {
  it('accepts a focal point with countries and no processes', () => {
    expect(scopeProblems('focal_point', ['MEX'], [])).toEqual([]);
    expect(scopeProblems('focal_point', ['MEX', 'GTM'], [])).toEqual([]);
  });

  it('accepts a coordinator with processes and no countries', () => {
    expect(scopeProblems('coordinator', [], ['puebla'])).toEqual([]);
  });

  it.each(['admin', 'analyst'] as const)('accepts an %s with no scopes', (role) => {
    expect(scopeProblems(role, [], [])).toEqual([]);
  });

  it('requires a focal point to have at least one country', () => {
    expect(scopeProblems('focal_point', [], [])).toEqual([
      { field: 'countries', messages: ['a focal point needs at least one country'] },
    ]);
  });

  it('requires a coordinator to have at least one regional process', () => {
    expect(scopeProblems('coordinator', [], [])).toEqual([
      { field: 'processes', messages: ['a coordinator needs at least one regional process'] },
    ]);
  });

  it.each(ROLES.filter((role) => role !== 'focal_point'))(
    'refuses countries for a %s, who reports for none',
    (role) => {
      const problems = scopeProblems(role, ['MEX'], role === 'coordinator' ? ['puebla'] : []);
      expect(fields(problems)).toEqual(['countries']);
      expect(problems[0].messages).toEqual([
        expect.stringContaining('has no countries; leave countries empty'),
      ]);
      expect(problems[0].messages[0]).toMatch(new RegExp(`^an? ${role.replace('_', ' ')} has`));
    },
  );

  it.each(ROLES.filter((role) => role !== 'coordinator'))(
    'refuses processes for a %s, who coordinates none',
    (role) => {
      const problems = scopeProblems(role, role === 'focal_point' ? ['MEX'] : [], ['puebla']);
      expect(fields(problems)).toEqual(['processes']);
      expect(problems[0].messages).toEqual([
        expect.stringContaining('has no processes; leave processes empty'),
      ]);
      expect(problems[0].messages[0]).toMatch(new RegExp(`^an? ${role.replace('_', ' ')} has`));
    },
  );

  it('reports every problem at once: a focal point given processes but no country', () => {
    expect(fields(scopeProblems('focal_point', [], ['puebla']))).toEqual([
      'countries',
      'processes',
    ]);
  });

  it('reports every problem at once: a coordinator given countries but no process', () => {
    expect(fields(scopeProblems('coordinator', ['MEX'], []))).toEqual(['countries', 'processes']);
  });

  it('reports both wrong scopes on an admin', () => {
    expect(fields(scopeProblems('admin', ['MEX'], ['puebla']))).toEqual(['countries', 'processes']);
  });
});
