import { validateSync } from 'class-validator';
import { IsIso3, IsPeriodCode, IsProcessCode } from './is-code';

class Codes {
  @IsIso3() iso3!: string;
  @IsProcessCode({ each: true }) processes!: string[];
  @IsPeriodCode() period!: string;
}

const messagesOf = (values: Partial<Codes>) =>
  validateSync(Object.assign(new Codes(), values)).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );

describe('code rules', () => {
  it('accepts codes', () =>
    expect(messagesOf({ iso3: 'MEX', processes: ['RCM', 'BALI-PROCESS'], period: '2025' })).toEqual(
      [],
    ));

  it('names the field, or each of a list, in the message', () =>
    expect(messagesOf({ iso3: 'mx', processes: ['RCM', 'rcm'], period: '25' })).toEqual([
      'iso3 must be an ISO3 code (three letters, ISO 3166-1 alpha-3) such as MEX',
      'each of the processes must be a process code such as RCM',
      'period must be a year such as 2025',
    ]));
});
