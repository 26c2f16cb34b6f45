import { delayForNewSource } from './sign-in-limiter';

describe('delayForNewSource', () => {
  it('is nothing below the limit, then doubles from one second per failure', () => {
    expect([0, 9].map((failures) => delayForNewSource(failures, 10))).toEqual([0, 0]);
    expect([10, 11, 12, 15].map((failures) => delayForNewSource(failures, 10))).toEqual([
      1000, 2000, 4000, 32000,
    ]);
  });

  it('never exceeds five minutes, however many failures', () => {
    expect(delayForNewSource(19, 10)).toBe(300_000);
    expect(delayForNewSource(10_000, 10)).toBe(300_000);
  });
});
