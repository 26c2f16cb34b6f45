import { CountryDetailView } from '@app/reference';
import { ApiProperty } from '@nestjs/swagger';

export class PublicEvidenceView {
  @ApiProperty({ example: 'legislation' }) kind!: string;
  @ApiProperty({ example: 'Ley de Migración, reforma 2021' }) title!: string;
  @ApiProperty({ type: String, nullable: true, example: 'https://www.diputados.gob.mx/' })
  url!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2021-11-12' }) date!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'art. 160' }) reference!: string | null;
}

export class PublicReportStatusView {
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ example: 'd' }) action!: string;
  @ApiProperty({ example: 'partially_implemented' }) status!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Smuggling is an offence under the Migration Law …',
    description: 'The narrative when its focal point made it public; null otherwise',
  })
  narrative!: string | null;
  @ApiProperty({
    type: [PublicEvidenceView],
    description: 'The evidence items its focal point made public',
  })
  evidence!: PublicEvidenceView[];
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
    description:
      'Validated reports as validated: the status per period and action, and the narrative and evidence made public',
  })
  reports!: PublicReportStatusView[];
}
