import { CODE_PATTERNS } from './codes';

const CASES: Record<keyof typeof CODE_PATTERNS, { valid: string[]; invalid: string[] }> = {
  iso3: { valid: ['MEX', 'GTM'], invalid: ['mex', 'MEXX', 'MX', 'M3X', ''] },
  period: { valid: ['2025', '2019'], invalid: ['25', '20255', 'abcd'] },
  action: { valid: ['a', 'f'], invalid: ['g', 'D', 'dd'] },
  checklistItem: { valid: ['d5', 'a1', 'f12'], invalid: ['d', 'g1', 'd123', 'D5'] },
  process: { valid: ['RCM', 'SACM', 'MERCOSUR-1'], invalid: ['R', 'rcm', '1RCM', 'A'.repeat(17)] },
  indicator: {
    valid: ['SOM_PERSONS_CONVICTED', 'MIG_DEATHS_ON_ROUTES'],
    invalid: ['som_cases', 'S', '_SOM', 'SOM CASES'],
  },
};

describe('CODE_PATTERNS', () => {
  it.each(Object.entries(CASES))('%s accepts its codes and nothing else', (name, cases) => {
    const pattern = CODE_PATTERNS[name as keyof typeof CODE_PATTERNS];
    for (const code of cases.valid) expect(pattern.test(code)).toBe(true);
    for (const code of cases.invalid) expect(pattern.test(code)).toBe(false);
  });
});
