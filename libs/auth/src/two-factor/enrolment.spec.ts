import { mustEnrolTwoFactor } from './enrolment';

describe('mustEnrolTwoFactor', () => {
  const required = ['admin', 'coordinator'];

  it('asks it of a required role without a second factor only', () => {
    expect(mustEnrolTwoFactor({ role: 'admin', twoFactorEnabled: false }, required)).toBe(true);
    expect(mustEnrolTwoFactor({ role: 'coordinator', twoFactorEnabled: false }, required)).toBe(
      true,
    );
    expect(mustEnrolTwoFactor({ role: 'admin', twoFactorEnabled: true }, required)).toBe(false);
    expect(mustEnrolTwoFactor({ role: 'focal_point', twoFactorEnabled: false }, required)).toBe(
      false,
    );
    expect(mustEnrolTwoFactor({ role: 'admin', twoFactorEnabled: false }, [])).toBe(false);
  });
});
