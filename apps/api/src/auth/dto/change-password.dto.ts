import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ example: 'my current passphrase' })
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ example: 'a new long passphrase', minLength: 12 })
  @IsString()
  @Length(12, 200, { message: 'newPassword must be 12 to 200 characters' })
  newPassword!: string;
}
