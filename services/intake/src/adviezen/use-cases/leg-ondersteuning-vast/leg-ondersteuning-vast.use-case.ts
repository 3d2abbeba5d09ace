import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { assertZelfdeRegio } from '@vt/auth';
import { Clock } from '@vt/platform';
import { uuidVoor } from '../../../meldingen/domain/stabiel-id';
import { toetsOndersteuning } from '../../domain/advies-regels';
import { AdviesRepository } from '../../persistence/advies.repository';
import { AdviesKluisClient } from '../../privacy/advies-kluis.client';
import { type AdviesContext, contactOp } from '../registreer-advies/registreer-advies.use-case';
import type { LegOndersteuningVastCommand, OndersteuningVastgelegd } from './leg-ondersteuning-vast.command';

/** Records a support action on an advice of the worker's region; it is a contact, so retention moves. */
@Injectable()
export class LegOndersteuningVast {
  constructor(
    private readonly adviezen: AdviesRepository,
    private readonly kluis: AdviesKluisClient,
    private readonly clock: Clock,
  ) {}

  async execute(
    adviesId: string,
    command: LegOndersteuningVastCommand,
    ctx: AdviesContext,
  ): Promise<OndersteuningVastgelegd> {
    const gevonden = await this.adviezen.advies(adviesId);
    if (!gevonden) throw new NotFoundException();
    const { advies } = gevonden;
    assertZelfdeRegio(ctx.gebruiker, advies.regio);
    toetsOndersteuning(advies.adviesvragerType, command);
    const nu = this.clock.now();
    const id = ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'ondersteuning') : randomUUID();
    const aantekeningRefs = command.toelichting
      ? (
          await this.kluis.registreer({
            verzoekId: uuidVoor(id, 'kluis'),
            regio: advies.regio,
            adviesdossierId: advies.adviesdossierId,
            teksten: [
              {
                sleutel: 'toelichting',
                soort: 'advies.ondersteuning.toelichting',
                tekst: command.toelichting,
              },
            ],
          })
        ).aantekeningRefs
      : {};
    const dossier = await this.adviezen.legOndersteuningVast(
      {
        id,
        adviesId,
        actie: command.actie,
        uitgevoerdOp: nu,
        toestemmingBetrokkenenBevestigd: command.toestemmingBetrokkenenBevestigd ?? null,
        aantekeningRefs,
        geregistreerdDoor: ctx.gebruiker.sub,
      },
      advies.adviesdossierId,
      contactOp(nu),
    );
    return { id, adviesId, bewaarTot: dossier.bewaarTot };
  }
}
