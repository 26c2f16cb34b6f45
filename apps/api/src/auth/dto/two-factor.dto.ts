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
  @ApiProperty({ description: 'From the answer of POST /api/v1/auth/login' })
  @IsString()
  @Matches(/^[0-9a-f-]{36}\.\d{13}\.[A-Za-z0-9_-]{43}$/, {
    message: 'challengeToken must be the challenge of a sign-in',
  })
  challengeToken!: string;
}
