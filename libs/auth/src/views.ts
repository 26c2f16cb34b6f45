import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, Locale, Role, ROLES } from './roles';

export const ACCOUNT_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export class UserView {
  @ApiProperty({ example: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' }) id!: string;
  @ApiProperty({ example: 'fp@sre.gob.mx' }) email!: string;
  @ApiProperty({ example: 'María López' }) name!: string;
  @ApiProperty({ enum: ROLES, example: 'focal_point' }) role!: Role;
  @ApiProperty({ enum: LOCALES, example: 'es' }) locale!: Locale;
  @ApiProperty({
    example: 'America/Mexico_City',
    description: 'IANA time zone of scheduled emails',
  })
  timeZone!: string;
  @ApiProperty({ example: true }) active!: boolean;
  @ApiProperty({
    enum: ACCOUNT_STATUSES,
    example: 'active',
    description:
      'invited: the owner has neither chosen a password nor signed in with single sign-on yet',
  })
  status!: AccountStatus;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-01-18T10:00:00.000Z',
    description: 'When the pending invitation link stops working',
  })
  invitationExpiresAt!: string | null;
  @ApiProperty({ example: false, description: 'Whether the account signs in with a second factor' })
  twoFactorEnabled!: boolean;
  @ApiProperty({
    type: [String],
    example: ['MEX'],
    description: 'Focal points: the countries they report for',
  })
  countries!: string[];
  @ApiProperty({
    type: [String],
    example: [],
    description: 'Coordinators: their regional processes',
  })
  processes!: string[];
  @ApiProperty({ example: 1, description: 'Send as If-Match (or use the ETag header) to update' })
  version!: number;
  @ApiProperty({ example: '2026-01-15T10:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-01-15T10:00:00.000Z' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-02-01T08:30:00.000Z' }) lastLoginAt!:
    string | null;
}

export class UserListView {
  @ApiProperty({ type: [UserView] }) items!: UserView[];
  @ApiProperty({ example: 3 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
}

export class MeView extends UserView {
  @ApiProperty({
    type: [String],
    example: [],
    description: 'Coordinators: member States whose reports they review',
  })
  coordinatedCountries!: string[];
}

export class SignedInUserView {
  @ApiProperty({ example: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' }) id!: string;
  @ApiProperty({ example: 'fp@sre.gob.mx' }) email!: string;
  @ApiProperty({ example: 'María López' }) name!: string;
  @ApiProperty({ enum: ROLES, example: 'focal_point' }) role!: Role;
  @ApiProperty({ enum: LOCALES, example: 'es' }) locale!: Locale;
}

export class RefreshView {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…' }) accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ example: 900, description: 'Seconds until the token expires' }) expiresIn!: number;
}

export class SessionView {
  @ApiProperty({ example: '5d7c1b0e-2a4f-4f7e-9b1c-0c9e8f7a6b5d' }) id!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Firefox · Windows 10',
    description: 'Browser and system from the user agent; null when it tells neither',
  })
  device!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' }) address!: string | null;
  @ApiProperty({ example: '2026-01-15T08:00:00.000Z' }) startedAt!: string;
  @ApiProperty({ example: '2026-01-15T10:30:00.000Z' }) lastUsedAt!: string;
  @ApiProperty({ example: true, description: 'The session of this request' }) current!: boolean;
}

export class TwoFactorEnrolmentView {
  @ApiProperty({ example: 'JBSWY3DPEHPK3PXP', description: 'Base32, for typing into an app' })
  secret!: string;
  @ApiProperty({ example: 'otpauth://totp/GCM%20Objective%209%20Tracker:fp%40sre.gob.mx?…' })
  otpauthUri!: string;
  @ApiProperty({ example: '<svg xmlns="http://www.w3.org/2000/svg" …</svg>' }) qrSvg!: string;
}

export class RecoveryCodesView {
  @ApiProperty({
    type: [String],
    example: ['abcd-efgh-ijkl'],
    description: 'Ten single-use codes, shown this once',
  })
  recoveryCodes!: string[];
}

export class TwoFactorChallengeView {
  @ApiProperty({ example: true }) twoFactorRequired!: true;
  @ApiProperty({
    example:
      '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10.1767261600000.q2Vn8JxN0dYwVbS3Lr4tKp6mHs1aZ9cE7fG2hJ5kL8o',
    description: 'For POST /api/v1/auth/login/two-factor, within 5 minutes',
  })
  challengeToken!: string;
}

export class LoginView {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…' }) accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ example: 900, description: 'Seconds until the token expires' }) expiresIn!: number;
  @ApiProperty({
    example: false,
    description:
      'The account’s role requires a second factor and it has none: until POST /me/two-factor/confirm, only enrolment and sign-out are open (403 two_factor_enrolment_required elsewhere)',
  })
  twoFactorEnrolmentRequired!: boolean;
  @ApiProperty({ type: SignedInUserView }) user!: SignedInUserView;
}
