import { ApiProperty } from '@nestjs/swagger';

export class JobView {
  @ApiProperty({ example: '17' }) id!: string;
  @ApiProperty({ example: 'summaries', enum: ['summaries', 'notifications'] }) queue!: string;
  @ApiProperty({ example: 'recompute-all' }) name!: string;
  @ApiProperty({
    example: 'completed',
    enum: ['waiting', 'delayed', 'active', 'completed', 'failed', 'paused', 'stuck'],
  })
  state!: string;
  @ApiProperty({ example: 100 }) progress!: number;
  @ApiProperty({ example: 1 }) attemptsMade!: number;
  @ApiProperty({ type: String, nullable: true, example: null }) failedReason!: string | null;
  @ApiProperty({ example: '2026-02-01T02:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-02-01T02:00:04.000Z' }) finishedAt!:
    string | null;
  @ApiProperty({ nullable: true, example: { summaries: 88 } }) result!: unknown;
}
