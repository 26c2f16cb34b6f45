import { NOTE_MAX_LENGTH, TRANSITION_EVENTS, TransitionEvent } from '@app/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

/** `…/:transition` of a reviewed record. */
export class TransitionParams {
  @ApiProperty({ enum: TRANSITION_EVENTS, example: 'submit' })
  @IsIn(TRANSITION_EVENTS)
  transition!: TransitionEvent;
}

const TransitionNote = (field: string) =>
  applyDecorators(
    IsOptional(),
    IsString(),
    Length(1, NOTE_MAX_LENGTH, {
      message: `${field} is required (1 to ${NOTE_MAX_LENGTH} characters)`,
    }),
    Matches(/\S/, { message: `${field} must not be blank` }),
  );

/** What a transition says: a return its comment, a reopening its reason; the others nothing. */
export class TransitionDto {
  @ApiPropertyOptional({
    example: 'Please cite the article on aggravating circumstances.',
    maxLength: NOTE_MAX_LENGTH,
    description: 'return: required',
  })
  @TransitionNote('comment')
  comment?: string;

  @ApiPropertyOptional({
    example: 'Conviction figures were corrected by the prosecutor’s office.',
    maxLength: NOTE_MAX_LENGTH,
    description: 'reopen: required',
  })
  @TransitionNote('reason')
  reason?: string;
}
