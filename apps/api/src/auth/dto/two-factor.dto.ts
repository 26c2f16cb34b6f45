import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

/** A code from the authenticator app (6 digits) or a recovery code (xxxx-xxxx-xxxx). */
export class TwoFactorCodeDto {
  @ApiProperty({ example: '123456' })
  @IsString()
  @Length(6, 20, { message: 'code must be a 6-digit code or a recovery code' })
  code!: string;
}

export class TwoFactorSignInDto extends TwoFactorCodeDto {
  @ApiProperty({
    example:
      '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10.1767261600000.q2Vn8JxN0dYwVbS3Lr4tKp6mHs1aZ9cE7fG2hJ5kL8o',
    description: 'From the answer of POST /api/v1/auth/login',
  })
  @IsString()
  @Matches(/^[0-9a-f-]{36}\.\d{13}\.[A-Za-z0-9_-]{43}$/, {
    message: 'challengeToken must be the challenge of a sign-in',
  })
  challengeToken!: string;
}
