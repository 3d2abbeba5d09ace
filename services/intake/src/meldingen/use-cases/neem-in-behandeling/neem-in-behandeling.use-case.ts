import { randomUUID } from 'node:crypto';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { assertZelfdeRegio, type Gebruiker } from '@vt/auth';
import { meldingInBehandelingGenomenV1 } from '@vt/contracts';
import { Clock, type IdempotentieClaim } from '@vt/platform';
import { beslisInBehandeling, IN_BEHANDELING_MOTIVERING } from '../../domain/in-behandeling';
import { uuidVoor } from '../../domain/stabiel-id';
import { MeldingBesluitenRepository } from '../../persistence/melding-besluiten.repository';
import { KluisClient } from '../../privacy/kluis.client';
import type { InBehandelingGenomen, NeemInBehandelingCommand } from './neem-in-behandeling.command';

export interface BesluitContext {
  gebruiker: Pick<Gebruiker, 'sub' | 'regio'>;
  claim?: IdempotentieClaim;
}

/**
 * VT-6.5.2-a: a `leidinggevende` takes a report anonymous towards Veilig Thuis into treatment, with a
 * motivation kept in the vault. Only now is the report announced for a safety assessment (VT-6.9-a);
 * its deadlines still count from the receipt.
 */
@Injectable()
export class NeemInBehandeling {
  constructor(
    private readonly besluiten: MeldingBesluitenRepository,
    private readonly kluis: KluisClient,
    private readonly clock: Clock,
  ) {}

  execute(command: NeemInBehandelingCommand, ctx: BesluitContext): Promise<InBehandelingGenomen> {
    return this.besluiten.besluit(async (tx) => {
      const melding = await tx.melding(command.meldingId);
      if (!melding) throw new NotFoundException();
      assertZelfdeRegio(ctx.gebruiker, melding.regio);
      if (beslisInBehandeling(melding.status) === 'al-in-behandeling') {
        throw new ConflictException('deze melding is al in behandeling');
      }
      const refs = await this.kluis.legTekstenVast({
        verzoekId: uuidVoor(ctx.claim?.verzoekId ?? randomUUID(), 'in-behandeling'),
        regio: melding.regio,
        dossierId: melding.dossierId,
        personen: [],
        betreft: [],
        teksten: [
          {
            sleutel: IN_BEHANDELING_MOTIVERING,
            soort: `melding.${IN_BEHANDELING_MOTIVERING}`,
            tekst: command.motivering,
          },
        ],
      });
      const nu = this.clock.now();
      melding.status = 'in-behandeling';
      melding.inBehandelingGenomenDoor = ctx.gebruiker.sub;
      melding.inBehandelingGenomenOp = nu;
      melding.aantekeningRefs = { ...melding.aantekeningRefs, ...refs };
      tx.meld(meldingInBehandelingGenomenV1, {
        regio: melding.regio,
        subject: melding.dossierId,
        data: {
          meldingId: melding.id,
          dossierId: melding.dossierId,
          regio: melding.regio,
          ontvangenOp: melding.ontvangenOp.toISOString(),
          spoed: melding.spoed,
          genomenOp: nu.toISOString(),
          veiligheidsbeoordelingUiterlijk: melding.veiligheidsbeoordelingUiterlijk,
          zichtOpVeiligheidUiterlijk: melding.zichtOpVeiligheidUiterlijk,
        },
      });
      return {
        meldingId: melding.id,
        dossierId: melding.dossierId,
        status: 'in-behandeling',
        inBehandelingGenomenOp: nu.toISOString(),
        motiveringRef: refs[IN_BEHANDELING_MOTIVERING],
      };
    });
  }
}
