import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  assessmentDossierAfgeslotenV1,
  veiligheidsbeoordelingBeslotenV1,
  zichtOpVeiligheidOvergenomenV1,
} from '@vt/contracts';
import { Clock, uuidVoor } from '@vt/platform';
import { Werkdagkalender } from '@vt/werkdagen';
import { overnameBijBesluit, toetsBesluit } from '../../domain/besluit-regels';
import {
  BesluitvormingRepository,
  type BesluitvormingRepositoryPort,
} from '../../persistence/besluitvorming.repository';
import { BeoordelingBesluit, DossierAfsluiting } from '../../persistence/besluitvorming.entities';
import { KluisClient, teksten } from '../../privacy/kluis.client';
import { beoordelingInRegio, type StapContext, vergrendelOpen } from '../stap-context';
import type { BesluitGenomen, NeemBesluitCommand } from './neem-besluit.command';

/**
 * The assessment's decision (§7.4.3): checks the four-eyes rule, the motivation, a deviation and the
 * deadline; seals the texts in the vault; records the decision and announces it, closing the file when it
 * ends the involvement, all in one transaction.
 */
@Injectable()
export class NeemBesluit {
  constructor(
    @Inject(BesluitvormingRepository) private readonly repository: BesluitvormingRepositoryPort,
    private readonly kluis: KluisClient,
    private readonly kalender: Werkdagkalender,
    private readonly clock: Clock,
  ) {}

  async execute(c: NeemBesluitCommand, ctx: StapContext): Promise<BesluitGenomen> {
    const nu = this.clock.now();
    const stand = await beoordelingInRegio(this.repository, c.veiligheidsbeoordelingId, ctx);
    const { beoordeling: b } = stand;
    const termijnOverschreden = this.kalender.isVerstreken(b.uiterlijk, nu);
    const uitkomst = toetsBesluit(c, {
      ...stand,
      status: b.status,
      beslisser: ctx.gebruiker.sub,
      geindiceerdBesluit: stand.taxatie ? (stand.taxatie.geindiceerdBesluit ?? null) : undefined,
      termijnVerstreken: termijnOverschreden,
    });
    // Everything that can refuse the decision ran before the vault is asked to keep its texts.
    const refs = await this.kluis.legVast({
      verzoekId: ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'besluit') : randomUUID(),
      regio: b.regio,
      dossierId: b.dossierId,
      teksten: teksten(
        {
          sleutel: 'betrokkenInformatie',
          soort: 'veiligheidsbeoordeling.besluit.betrokken-informatie',
          tekst: c.motivering.betrokkenInformatie,
        },
        {
          sleutel: 'gewogenBelangen',
          soort: 'veiligheidsbeoordeling.besluit.gewogen-belangen',
          tekst: c.motivering.gewogenBelangen,
        },
        {
          sleutel: 'afwijking',
          soort: 'veiligheidsbeoordeling.besluit.afwijking',
          tekst: uitkomst.afgeweken ? c.afwijkingMotivering : undefined,
        },
        {
          sleutel: 'termijn',
          soort: 'veiligheidsbeoordeling.besluit.termijn',
          tekst: termijnOverschreden ? c.termijnToelichting : undefined,
        },
      ),
    });
    const rij: BeoordelingBesluit = {
      veiligheidsbeoordelingId: b.id,
      dossierId: b.dossierId,
      besluit: c.besluit,
      overdrachtspartij: c.overdrachtspartij ?? null,
      verantwoordelijke: uitkomst.verantwoordelijke,
      geindiceerdBesluit: stand.taxatie?.geindiceerdBesluit ?? null,
      afgeweken: uitkomst.afgeweken,
      geconsulteerd: [...new Set(c.geconsulteerd)],
      expertise: [...new Set(c.expertise ?? [])],
      betrokkenInformatieRef: refs.betrokkenInformatie,
      gewogenBelangenRef: refs.gewogenBelangen,
      afwijkingMotiveringRef: refs.afwijking ?? null,
      termijnToelichtingRef: refs.termijn ?? null,
      termijnOverschreden,
      beslotenDoor: ctx.gebruiker.sub,
      beslotenOp: nu,
    };
    const gebeurtenis = { regio: b.regio, subject: b.dossierId, time: nu };
    const ids = { veiligheidsbeoordelingId: b.id, dossierId: b.dossierId, regio: b.regio };

    await this.repository.transactie(async (tx) => {
      // Locked and read again: of two decisions at once, the second finds the first and is refused.
      const actueel = await vergrendelOpen(tx, b.id);
      // VT-7.3-a: the takeover is announced once, by whoever marks the row first (ADR 0021): the row is
      // locked, so the scheduler, which skips locked rows and rechecks the mark, cannot announce it too.
      const overname = overnameBijBesluit(actueel.beoordeling, c.besluit, this.kalender.datumInAmsterdam(nu));
      tx.wijzig(actueel.beoordeling, {
        status: 'besloten',
        besluit: c.besluit,
        beslotenOp: nu,
        ...(overname ? { zichtOvergenomenOp: nu, zichtGrond: overname.grond } : {}),
      });
      tx.voegToe(BeoordelingBesluit, rij);
      tx.publiceer(veiligheidsbeoordelingBeslotenV1, {
        ...gebeurtenis,
        data: {
          ...ids,
          besluit: c.besluit,
          ...(c.overdrachtspartij ? { overdrachtspartij: c.overdrachtspartij } : {}),
          ...(rij.geindiceerdBesluit ? { geindiceerdBesluit: rij.geindiceerdBesluit } : {}),
          afgeweken: uitkomst.afgeweken,
          beslotenOp: nu.toISOString(),
          besluitdatum: this.kalender.datumInAmsterdam(nu),
          termijnOverschreden,
        },
      });
      if (overname) {
        tx.publiceer(zichtOpVeiligheidOvergenomenV1, {
          ...gebeurtenis,
          data: { ...ids, ...overname, overgenomenOp: nu.toISOString() },
        });
      }
      if (uitkomst.beeindigtBetrokkenheid) {
        const reden = c.besluit === 'overdracht' ? 'overdracht' : 'geen-vervolgstappen';
        const afsluiting: DossierAfsluiting = { ...ids, reden, afgeslotenOp: nu };
        tx.voegToe(DossierAfsluiting, afsluiting);
        tx.publiceer(assessmentDossierAfgeslotenV1, {
          ...gebeurtenis,
          data: { ...ids, reden, afgeslotenOp: nu.toISOString() },
        });
      }
    });
    return besluitGenomen(rij, uitkomst.beeindigtBetrokkenheid);
  }
}

export function besluitGenomen(rij: BeoordelingBesluit, dossierAfgesloten: boolean): BesluitGenomen {
  return {
    veiligheidsbeoordelingId: rij.veiligheidsbeoordelingId,
    dossierId: rij.dossierId,
    besluit: rij.besluit,
    ...(rij.overdrachtspartij ? { overdrachtspartij: rij.overdrachtspartij } : {}),
    verantwoordelijke: rij.verantwoordelijke ?? null,
    geindiceerdBesluit: rij.geindiceerdBesluit ?? null,
    afgeweken: rij.afgeweken,
    termijnOverschreden: rij.termijnOverschreden,
    beslotenDoor: rij.beslotenDoor,
    beslotenOp: rij.beslotenOp.toISOString(),
    geconsulteerd: rij.geconsulteerd,
    expertise: rij.expertise as BesluitGenomen['expertise'],
    motivering: {
      betrokkenInformatieRef: rij.betrokkenInformatieRef,
      gewogenBelangenRef: rij.gewogenBelangenRef,
    },
    ...(rij.afwijkingMotiveringRef ? { afwijkingMotiveringRef: rij.afwijkingMotiveringRef } : {}),
    ...(rij.termijnToelichtingRef ? { termijnToelichtingRef: rij.termijnToelichtingRef } : {}),
    dossierAfgesloten,
  };
}
