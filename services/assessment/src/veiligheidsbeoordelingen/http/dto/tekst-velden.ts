import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { applyDecorators } from '@nestjs/common';

/** The vault's limit for one text. */
const MAX_TEKST = 100_000;

/**
 * An optional free text: trimmed, and left out when nothing remains, so a text of spaces counts as not given
 * (the rules then say which part is missing), exactly as the privacy vault, which trims too, will see it.
 */
export const OptioneleTekst = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value)),
    IsOptional(),
    IsString(),
    MaxLength(MAX_TEKST),
  );

/** An employee id (`sub` of a token). */
export const MedewerkerId = () =>
  applyDecorators(
    IsString({ each: true }),
    Matches(/^[^\s]{1,200}$/, { each: true, message: 'een medewerker-id (sub) zonder spaties' }),
  );
