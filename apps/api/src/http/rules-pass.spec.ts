import { plainToInstance } from 'class-transformer';
import { IsString, validate, ValidateIf, type ValidatorOptions } from 'class-validator';
import { SaveIndicatorValuesDto } from '../indicator-values/dto/save-indicator-values.dto';
import { SaveReportDto } from '../reports/dto/save-report.dto';
import { rulesPass } from './rules-pass';

// The options the API's pipe validates with.
const OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
};

const REPORT = {
  status: 'partially_implemented',
  narrative: 'Smuggling is an offence under the Migration Law.',
  sensitivity: 'regional',
  areas: [1, 2],
  checklist: [
    { item: 'd1', answer: 'yes', note: 'Art. 160' },
    { item: 'd2', answer: 'partial' },
  ],
  evidence: [
    {
      kind: 'legislation',
      title: 'Ley de Migración, reforma 2021',
      url: 'https://example.org/law.pdf',
      date: '2021-11-12',
      reference: 'art. 160',
    },
    { kind: 'statistics', title: 'Prosecutions 2024' },
  ],
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: Json): value is { [key: string]: Json } =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const REPLACEMENTS: Json[] = [null, 7, -1, 1.5, 'x', '', [], [7], {}, { a: 1 }, true, '2099-01-01'];

/**
 * Bodies one change away from `body`, at every place in it: each field or item removed or
 * replaced by null, a number, a string, an array, an object…; an unknown field in each object.
 */
function mutations(body: Json): Json[] {
  const out: Json[] = [];
  // `rebuild` puts a replacement where `node` was (undefined: removed) and answers the whole body.
  const visit = (node: Json, rebuild: (replacement?: Json) => Json | undefined) => {
    for (const replacement of [undefined, ...REPLACEMENTS]) {
      const mutated = rebuild(replacement);
      if (mutated !== undefined) out.push(mutated);
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) =>
        visit(item, (replacement) =>
          rebuild(
            replacement === undefined
              ? node.filter((_, i) => i !== index)
              : node.map((other, i) => (i === index ? replacement : other)),
          ),
        ),
      );
    } else if (isObject(node)) {
      out.push(rebuild({ ...node, unknownField: 1 })!);
      for (const key of Object.keys(node))
        visit(node[key], (replacement) => {
          const copy = { ...node };
          if (replacement === undefined) delete copy[key];
          else copy[key] = replacement;
          return rebuild(copy);
        });
    }
  };
  visit(body, (replacement) => replacement);
  // A body that is not an object is refused before validation (RequestShapePipe).
  return out.filter((mutated) => isObject(mutated));
}

/** What the pipe hands to the validator: the body as an instance of the route's class. */
const entity = (dto: new () => object, body: Json) =>
  plainToInstance(dto, structuredClone(body)) as object;

describe('rulesPass', () => {
  it.each([
    ['a report', SaveReportDto, REPORT as Json],
    [
      'indicator values',
      SaveIndicatorValuesDto,
      {
        values: [
          { indicator: 'SOM_CASES_INVESTIGATED', total: 7, sensitivity: 'public' },
          {
            indicator: 'SOM_PERSONS_CONVICTED',
            total: 10,
            bySex: { female: 4, male: 6, unknown: 0 },
          },
          {
            indicator: 'MIG_SMUGGLED_IDENTIFIED',
            total: 21,
            bySexAge: {
              female: { child: 2, adult: 5, unknown: 0 },
              male: { child: 3, adult: 11, unknown: 0 },
              unknown: { child: 0, adult: 0, unknown: 0 },
            },
          },
        ],
      } as Json,
    ],
  ])(
    'agrees with class-validator on %s and on every body one change away from it',
    async (_name, dto, body) => {
      const bodies = [body, ...mutations(body)];
      let refused = 0;
      for (const candidate of bodies) {
        const object = entity(dto, candidate);
        const errors = await validate(object, OPTIONS);
        // Never a pass where class-validator finds an error; and valid bodies take the quick way.
        expect({ body: candidate, passes: rulesPass(object, OPTIONS) }).toEqual({
          body: candidate,
          passes: errors.length === 0,
        });
        if (errors.length > 0) refused += 1;
      }
      expect(rulesPass(entity(dto, body), OPTIONS)).toBe(true);
      expect(refused).toBeGreaterThan(bodies.length / 2);
    },
  );

  it('leaves other options, and rules it does not decide, to class-validator', async () => {
    class Slow {
      @IsString() name!: string;
      @ValidateIf(() => true) @IsString() other?: string;
    }
    const object = Object.assign(new Slow(), { name: 'a', other: 'b' });
    expect(rulesPass(object, OPTIONS)).toBe(true);
    expect(rulesPass(object, { ...OPTIONS, groups: ['admin'] })).toBe(false);
    expect(rulesPass(object, { ...OPTIONS, forbidNonWhitelisted: false })).toBe(false);
    expect(rulesPass(object, undefined)).toBe(false);
    // An object of a class without rules: class-validator calls it an unknown value.
    expect(rulesPass({ name: 'a' }, OPTIONS)).toBe(false);
    expect(await validate({ name: 'a' }, OPTIONS)).toHaveLength(1);
  });
});
