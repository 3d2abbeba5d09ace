import { Injectable, NotFoundException } from '@nestjs/common';
import type { Gebruiker } from '@vt/auth';
import { Clock } from '@vt/platform';
import { datumInAmsterdam } from '@vt/werkdagen';
import { maandGrenzen, naleving, SECTORNORM } from '../../domain/naleving';
import { TermijnnalevingRepository } from '../../persistence/termijnnaleving.repository';
import type { LeesTermijnnalevingCommand, Termijnnaleving } from './lees-termijnnaleving.command';

/** Deadline compliance (VT-7.2-a) of the manager's own region for one month, beside the sector norm. */
@Injectable()
export class LeesTermijnnaleving {
  constructor(
    private readonly naleving: TermijnnalevingRepository,
    private readonly clock: Clock,
  ) {}

  async execute(
    c: LeesTermijnnalevingCommand,
    gebruiker: Pick<Gebruiker, 'regio'>,
  ): Promise<Termijnnaleving> {
    // Region-scoped like every read: another region's figures are not found.
    if (c.regio !== gebruiker.regio) throw new NotFoundException();
    const vandaag = datumInAmsterdam(this.clock.now());
    const { van, tot } = maandGrenzen(c.maand);
    const tellingen = await this.naleving.maand(c.regio, van, tot, vandaag);
    return {
      regio: c.regio,
      maand: c.maand,
      ...tellingen,
      ...naleving(tellingen),
      sectornorm: SECTORNORM,
      verlopenNu: await this.naleving.verlopenNu(c.regio, vandaag),
    };
  }
}
