import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_ROLES, MembershipRole } from '../entities';
import { CountryTreatyStatusView } from './treaty-status.view';

export class M49AreaView {
  @ApiProperty({ example: '019' }) code!: string;
  @ApiProperty({ example: 'Americas' }) name!: string;
}

export class CountryView {
  @ApiProperty({ example: 'MEX', description: 'ISO 3166-1 alpha-3' }) iso3!: string;
  @ApiProperty({ example: 'MX' }) iso2!: string;
  @ApiProperty({ example: '484', description: 'UN M49 numeric code' }) m49!: string;
  @ApiProperty({ example: 'Mexico' }) name!: string;
  @ApiProperty({ example: true, description: 'UN member State' }) unMember!: boolean;
  @ApiProperty({ type: M49AreaView, nullable: true }) region!: M49AreaView | null;
  @ApiProperty({
    type: M49AreaView,
    nullable: true,
    example: { code: '419', name: 'Latin America and the Caribbean' },
  })
  subregion!: M49AreaView | null;
  @ApiProperty({
    type: M49AreaView,
    nullable: true,
    example: { code: '013', name: 'Central America' },
  })
  intermediateRegion!: M49AreaView | null;
  @ApiProperty({ example: false, description: 'Least developed country' }) ldc!: boolean;
  @ApiProperty({ example: false, description: 'Landlocked developing country' }) lldc!: boolean;
  @ApiProperty({ example: false, description: 'Small island developing State' }) sids!: boolean;
}

export class CountryListView {
  @ApiProperty({ type: [CountryView] }) items!: CountryView[];
  @ApiProperty({ example: 11 }) total!: number;
}

export class SourceRefView {
  @ApiProperty({ example: 'RCM-ABOUT' }) id!: string;
  @ApiProperty({ type: String, example: 'https://portal.crmsv.org/en/about-us', nullable: true })
  url!: string | null;
}

export class CountryMembershipView {
  @ApiProperty({ example: 'RCM' }) process!: string;
  @ApiProperty({ example: 'Regional Conference on Migration (Puebla Process)' })
  processName!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES, example: 'member' }) role!: MembershipRole;
  @ApiProperty({ example: 'member', description: "The role in the source's own words" })
  roleInSource!: string;
  @ApiProperty({ type: SourceRefView }) source!: SourceRefView;
  @ApiProperty({ example: 'undated capture' }) sourceDate!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) note!: string | null;
}

export class CountryDetailView extends CountryView {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Mexico',
    description: 'UNTERM short name',
  })
  untermShortName!: string | null;
  @ApiProperty({
    example: 'UNTERM+mledoze agree',
    description: 'How UN membership was established',
  })
  unMemberBasis!: string;
  @ApiProperty({ type: [CountryMembershipView] }) memberships!: CountryMembershipView[];
  @ApiProperty({ type: [CountryTreatyStatusView] }) treaties!: CountryTreatyStatusView[];
}
