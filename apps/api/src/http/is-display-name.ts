import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';

// No C0 or C1 control character, and none of the Unicode controls that reorder text
// (bidirectional marks, embeddings, overrides, isolates): in a name they only serve to make it
// read as something else. Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/;

/** A person's name as shown to others: 1–200 characters, not blank, no control characters. */
export const IsDisplayName = () =>
  applyDecorators(
    IsString(),
    Length(1, 200),
    Matches(/\S/, { message: 'name must not be blank' }),
    Matches(PLAIN_TEXT, {
      message: 'name must not contain control characters or text-direction overrides',
    }),
  );
