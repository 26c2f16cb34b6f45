import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_ROLES, MembershipRole } from '../entities';
import { PublishedCountView } from './treaty-status.view';

export class ProcessView {
  @ApiProperty({ example: 'RCM' }) code!: string;
  @ApiProperty({ example: 'Regional Conference on Migration (Puebla Process)' }) name!: string;
  @ApiProperty({ type: [String], example: ['es', 'en', 'fr'] }) workingLanguages!: string[];
  @ApiProperty({ example: 11 }) members!: number;
  @ApiProperty({ example: 5 }) observers!: number;
  @ApiProperty({ example: 0, description: 'Named by the source without a stated role' })
  unspecified!: number;
  @ApiProperty({ example: true, description: 'false where no member list was found' })
  memberListAvailable!: boolean;
  @ApiProperty({
    type: PublishedCountView,
    nullable: true,
    description: 'Published totals, where no list was found',
  })
  publishedMembership!: PublishedCountView | null;
}

export class ProcessMemberView {
  @ApiProperty({ example: 'MEX' }) iso3!: string;
  @ApiProperty({ example: 'Mexico' }) name!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES, example: 'member' }) role!: MembershipRole;
  @ApiProperty({ example: 'member' }) roleInSource!: string;
  @ApiProperty({ example: 'RCM-ABOUT' }) source!: string;
  @ApiProperty({ example: 'undated capture' }) sourceDate!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) note!: string | null;
}

export class ProcessDetailView extends ProcessView {
  @ApiProperty({ type: [ProcessMemberView] }) participants!: ProcessMemberView[];
}

export class ProcessListView {
  @ApiProperty({ type: [ProcessView] }) items!: ProcessView[];
}
