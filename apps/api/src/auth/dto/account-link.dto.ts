import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';

/** The token of an emailed link (from the page's URL fragment) and the password chosen with it. */
export class AccountLinkPasswordDto {
  @ApiProperty({ example: 'q2Vn…', description: 'The token after #token= in the emailed link' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token must be the token of an emailed link' })
  token!: string;

  @ApiProperty({ example: 'a long passphrase of one’s own', minLength: 12 })
  @IsString()
  @Length(12, 200, { message: 'password must be 12 to 200 characters' })
  password!: string;
}

export class ForgotPasswordDto {
  @ApiProperty({ example: 'fp@sre.gob.mx' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;
}
