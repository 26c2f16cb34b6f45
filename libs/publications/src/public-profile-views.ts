import { CountryDetailView } from '@app/reference';
import { ApiProperty } from '@nestjs/swagger';

export class PublicReportStatusView {
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ example: 'd' }) action!: string;
  @ApiProperty({ example: 'partially_implemented' }) status!: string;
  @ApiProperty({ example: '2026-02-10T09:00:00.000Z' }) validatedAt!: string;
}

export class PublicCountryView {
  @ApiProperty({
    type: CountryDetailView,
    description: 'Reference data, with each treaty status, its sources and as-of date',
  })
  country!: CountryDetailView;
  @ApiProperty({
    type: [PublicReportStatusView],
    description: 'Validated reports: the implementation status per period and action, only',
  })
  reports!: PublicReportStatusView[];
}
