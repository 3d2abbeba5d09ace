import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { assertZelfdeRegio } from '@vt/auth';
import { meldingIngetrokkenV1 } from '@vt/contracts';
import { Clock } from '@vt/platform';
import {
  INTREKKING_MOTIVERING,
  INTREKKING_REDEN,
  teInformeren,
  toetsIntrekkingsverzoek,
} from '../../domain/intrekking';
import { melderNietTerInzage } from '../../domain/melding-regels';
import { uuidVoor } from '../../domain/stabiel-id';
import { MeldingBesluitenRepository } from '../../persistence/melding-besluiten.repository';
import { KluisClient } from '../../privacy/kluis.client';
import type { BesluitContext } from '../neem-in-behandeling/neem-in-behandeling.use-case';
import type { MeldingIngetrokken, TrekMeldingInCommand } from './trek-melding-in.command';

/**
 * §6.7: Veilig Thuis, not the reporter, decides on a wish to withdraw (VT-6.7-a). `verwijderen` (VT-6.7-b)
 * removes the report and destroys its texts and its reporter in the vault, and answers whom to inform;
 * `handhaven` (VT-6.7-c) keeps it, annotated with the wish, its date, the reason and the grounds. The
 * request and the decision are recorded either way.
 */
@Injectable()
export class TrekMeldingIn {
  constructor(
    private readonly besluiten: MeldingBesluitenRepository,
    private readonly kluis: KluisClient,
    private readonly clock: Clock,
  ) {}

  execute(command: TrekMeldingInCommand, ctx: BesluitContext): Promise<MeldingIngetrokken> {
    const verzoekId = ctx.claim?.verzoekId ?? randomUUID();
    return this.besluiten.besluit(async (tx) => {
      const melding = await tx.melding(command.meldingId);
      if (!melding) throw new NotFoundException();
      assertZelfdeRegio(ctx.gebruiker, melding.regio);
      const nu = this.clock.now();
      toetsIntrekkingsverzoek(command.verzoekOp, melding.ontvangenOp, nu);
      const { regio, dossierId } = melding;
      // What the reporter said could reveal him, as his identity could (VT-6.5.1-d).
      const overMelder = melderNietTerInzage({
        anonimiteit: melding.anonimiteit,
        melder: {
          type: melding.melderType,
          toestemmingIdentiteitDelen: melding.toestemmingIdentiteitDelen ?? undefined,
        },
      });
      const refs = await this.kluis.legTekstenVast({
        verzoekId: uuidVoor(verzoekId, 'intrekking'),
        regio,
        dossierId,
        // VT-15.6-b: the vault keeps a text niet-ter-inzage only when the call names the anonymous reporter.
        personen: overMelder && melding.melderRef ? [{ persoonRef: melding.melderRef, rol: 'melder' }] : [],
        betreft: [],
        teksten: [
          {
            sleutel: INTREKKING_REDEN,
            soort: `melding.${INTREKKING_REDEN}`,
            tekst: command.reden,
            nietTerInzage: overMelder,
          },
          {
            sleutel: INTREKKING_MOTIVERING,
            soort: `melding.${INTREKKING_MOTIVERING}`,
            tekst: command.motivering,
          },
        ],
      });
      const verwijderen = command.besluit === 'verwijderen';
      const informeren = teInformeren(
        command.besluit,
        verwijderen ? await tx.dossierPersonen(dossierId) : [],
      );
      let dossierGesloten = false;
      if (verwijderen) {
        dossierGesloten = (await tx.andereMeldingen(dossierId, melding.id)) === 0;
        if (dossierGesloten) await tx.sluitDossier(dossierId, nu);
        tx.verwijder(melding);
        await this.kluis.vernietigMelding({
          verzoekId: uuidVoor(verzoekId, 'vernietigen'),
          regio,
          dossierId,
          aantekeningRefs: Object.values(melding.aantekeningRefs),
          persoonRefs: melding.melderRef ? [melding.melderRef] : [],
        });
      }
      tx.bewaarIntrekking({
        id: uuidVoor(verzoekId, 'intrekking-rij'),
        meldingId: melding.id,
        dossierId,
        regio,
        verzoekOp: command.verzoekOp,
        besluit: command.besluit,
        redenRef: refs[INTREKKING_REDEN],
        motiveringRef: refs[INTREKKING_MOTIVERING],
        beslotenDoor: ctx.gebruiker.sub,
        beslotenOp: nu,
      });
      tx.meld(meldingIngetrokkenV1, {
        regio,
        subject: dossierId,
        data: {
          meldingId: melding.id,
          dossierId,
          regio,
          besluit: command.besluit,
          verzoekOp: command.verzoekOp,
          beslotenOp: nu.toISOString(),
          dossierVervallen: dossierGesloten,
        },
      });
      return {
        meldingId: melding.id,
        dossierId,
        besluit: command.besluit,
        verzoekOp: command.verzoekOp,
        beslotenOp: nu.toISOString(),
        redenRef: refs[INTREKKING_REDEN],
        motiveringRef: refs[INTREKKING_MOTIVERING],
        dossierGesloten,
        teInformeren: informeren,
      };
    });
  }
}
