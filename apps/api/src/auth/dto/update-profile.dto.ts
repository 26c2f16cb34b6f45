import { PickType } from '@nestjs/swagger';
import { UpdateUserDto } from '../../users/dto/update-user.dto';

/** What users may change about themselves; role, scopes and email stay with admins. */
export class UpdateProfileDto extends PickType(UpdateUserDto, ['name', 'locale', 'timeZone']) {}
