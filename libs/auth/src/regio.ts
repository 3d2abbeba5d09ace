import { NotFoundException } from '@nestjs/common';
import type { Gebruiker } from './gebruiker';

/**
 * A record of another region is answered as if it does not exist (contract §1 "auth"): the same 404 as
 * `new NotFoundException()`, or as `new NotFoundException(melding)` when the caller uses a message for a
 * record that truly is missing, so the two cannot be told apart.
 */
export function assertZelfdeRegio(
  gebruiker: Pick<Gebruiker, 'regio'>,
  regio: string,
  melding?: string,
): void {
  if (gebruiker.regio === regio) return;
  throw melding === undefined ? new NotFoundException() : new NotFoundException(melding);
}
