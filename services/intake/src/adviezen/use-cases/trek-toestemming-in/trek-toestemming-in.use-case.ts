import { Injectable, NotFoundException } from '@nestjs/common';
import type { Gebruiker } from '@vt/auth';
import { assertZelfdeRegio } from '@vt/auth';
import { Clock } from '@vt/platform';
import { uuidVoor } from '../../../meldingen/domain/stabiel-id';
import { AdviesRepository } from '../../persistence/advies.repository';
import { AdviesKluisClient } from '../../privacy/advies-kluis.client';

/**
 * VT-15.5-c: the seeker withdraws his consent: his name and contact details are destroyed in the vault
 * for the whole case (every advice of the file), then intake drops the references and records when.
 * Idempotent: once withdrawn, there is nothing left to destroy and nothing changes.
 */
@Injectable()
export class TrekToestemmingIn {
  constructor(
    private readonly adviezen: AdviesRepository,
    private readonly kluis: AdviesKluisClient,
    private readonly clock: Clock,
  ) {}

  async execute(adviesId: string, ctx: { gebruiker: Pick<Gebruiker, 'regio'> }): Promise<void> {
    const gevonden = await this.adviezen.advies(adviesId);
    if (!gevonden) throw new NotFoundException();
    const { advies } = gevonden;
    assertZelfdeRegio(ctx.gebruiker, advies.regio);
    const refs = (await this.adviezen.adviesvragersVan(advies.adviesdossierId)).sort();
    // The vault first: a crash after it leaves refs to nobody, which the retry destroys again as none.
    if (refs.length > 0) await this.kluis.vernietigAdviesvragers(uuidVoor(refs.join(','), 'vernietig'), refs);
    await this.adviezen.trekToestemmingIn(advies.adviesdossierId, advies.regio, this.clock.now());
  }
}
