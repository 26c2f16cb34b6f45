import { ImplementationStatus, statusScore } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';

export class MemberLevelView {
  @ApiProperty({ example: 'MEX', description: 'ISO3 of a member of the process' }) country!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2.5,
    description:
      'Mean status score (0–4, not_applicable left out) of its validated reports for the period, rounded to 2 digits; null when none has a score: no published data, never 0',
  })
  meanScore!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 62.5,
    description: 'The same as 0–100, rounded to 1 digit; null when meanScore is',
  })
  meanScorePercent!: number | null;
  @ApiProperty({ example: 2, description: 'Actions with a validated report' })
  actionsReported!: number;
  @ApiProperty({ example: 6, description: "The framework's actions: each member reports on each" })
  actionsExpected!: number;
}

/** A member's validated statuses for the period (none when it has no validated report). */
export interface MemberStatuses {
  country: string;
  statuses: ImplementationStatus[];
  actionsExpected: number;
}

const rounded = (value: number, digits: number) => Number(value.toFixed(digits));

/** A member's level: the summaries' scale, rounded once, null (not 0) without a scored report. */
export function memberLevel({
  country,
  statuses,
  actionsExpected,
}: MemberStatuses): MemberLevelView {
  const scores = statuses.map(statusScore).filter((score): score is number => score !== null);
  const mean = scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
  return {
    country,
    meanScore: mean === null ? null : rounded(mean, 2),
    meanScorePercent: mean === null ? null : rounded((mean / 4) * 100, 1),
    actionsReported: statuses.length,
    actionsExpected,
  };
}
