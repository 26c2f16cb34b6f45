import { ApiProperty } from '@nestjs/swagger';
import { MemberLevelView } from './member-levels';
import { PublicSummaryView } from './public-summary';

export const LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export class PublicationFilesView {
  @ApiProperty({ example: 'https://tracker.example/api/v1/public/publications/…/files/csv' })
  csv!: string;
  @ApiProperty({ example: 'https://tracker.example/api/v1/public/publications/…/files/json' })
  json!: string;
  @ApiProperty({ example: 'https://tracker.example/api/v1/public/publications/…/files/xlsx' })
  xlsx!: string;
  @ApiProperty({
    example: 'https://tracker.example/api/v1/public/publications/…/files/sdmx',
    description: 'SDMX-CSV of the indicator totals',
  })
  sdmx!: string;
}

export class PublicationView {
  @ApiProperty({ format: 'uuid', example: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' }) id!: string;
  @ApiProperty({ example: 'RCM' }) process!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ example: 2, description: '1, 2, … per process and period' }) version!: number;
  @ApiProperty({ example: 'Adds the reports validated in April' }) note!: string;
  @ApiProperty({ example: 'published', enum: ['published', 'withdrawn'] }) status!:
    'published' | 'withdrawn';
  @ApiProperty({ example: '2026-05-02T10:00:00.000Z' }) publishedAt!: string;
  @ApiProperty({
    example: 'd3626ac30a87e6f7a6428233b3c68299976865fa5508e4267c5415c76af7a772',
    description: 'SHA-256 of the canonical JSON of the content (sorted keys), hex',
  })
  contentHash!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) withdrawnAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) withdrawalReason!: string | null;
  @ApiProperty({
    example: 'https://tracker.example/public/publications/0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10',
    description: 'The stable address of this version in the public portal',
  })
  url!: string;
  @ApiProperty({ type: PublicationFilesView, nullable: true, description: 'Null once withdrawn' })
  files!: PublicationFilesView | null;
}

export class CitationView {
  @ApiProperty({
    example: 'GCM Objective 9 Tracker (2026). RCM regional summary 2025, version 2 …',
  })
  text!: string;
  @ApiProperty({ example: '@dataset{gcm9_rcm_2025_v2, …}' }) bibtex!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { type: 'dataset', version: '2' },
    description: 'The same as a CSL-JSON item (type dataset)',
  })
  cslJson!: Record<string, unknown>;
}

export class LicenceView {
  @ApiProperty({ example: LICENCE.name }) name!: string;
  @ApiProperty({ example: LICENCE.url }) url!: string;
  @ApiProperty({ example: 'Source: GCM Objective 9 Tracker, …, licensed under CC BY 4.0' })
  attribution!: string;
}

export class PublishedSummaryView {
  @ApiProperty({ type: PublicationView }) publication!: PublicationView;
  @ApiProperty({ type: PublicSummaryView }) summary!: PublicSummaryView;
  @ApiProperty({
    type: [MemberLevelView],
    nullable: true,
    description:
      "Each member's implementation level for the period, frozen with the summary and covered by the hash; null in versions published before levels were frozen (no per-country data in that version)",
  })
  memberLevels!: MemberLevelView[] | null;
  @ApiProperty({ type: CitationView }) citation!: CitationView;
  @ApiProperty({ type: LicenceView }) licence!: LicenceView;
}

export class FigureChangeView {
  @ApiProperty({ example: 'indicators[SOM_PERSONS_CONVICTED].total' }) path!: string;
  @ApiProperty({
    type: 'string',
    nullable: true,
    example: '15',
    description: 'A number, text or null',
  })
  before!: string | number | boolean | null;
  @ApiProperty({ type: 'string', nullable: true, example: '20' })
  after!: string | number | boolean | null;
}

export class PublicationChangesView {
  @ApiProperty({ format: 'uuid', example: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' }) id!: string;
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty({ type: Number, nullable: true, example: 1, description: 'Null for version 1' })
  comparedWith!: number | null;
  @ApiProperty({ type: [FigureChangeView] }) changes!: FigureChangeView[];
}
