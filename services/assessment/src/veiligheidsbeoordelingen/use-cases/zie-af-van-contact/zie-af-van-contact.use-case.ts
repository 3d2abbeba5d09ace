import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, uuidVoor } from '@vt/platform';
import { toetsDossierLopend } from '../../domain/besluit-regels';
import { toetsAfzien } from '../../domain/contact-regels';
import {
  BesluitvormingRepository,
  type BesluitvormingRepositoryPort,
} from '../../persistence/besluitvorming.repository';
import { AfzienVanContact } from '../../persistence/contact-en-overdracht.entities';
import { KluisClient, teksten } from '../../privacy/kluis.client';
import { beoordelingInRegio, type StapContext } from '../stap-context';
import type { AfzienVastgelegd, ZieAfVanContactCommand } from './zie-af-van-contact.command';

/** Refraining from contact (§2.1.3): a decision under 2.2 on both statutory conditions, with when to inform. */
@Injectable()
export class ZieAfVanContact {
  constructor(
    @Inject(BesluitvormingRepository) private readonly repository: BesluitvormingRepositoryPort,
    private readonly kluis: KluisClient,
    private readonly clock: Clock,
  ) {}

  async execute(c: ZieAfVanContactCommand, ctx: StapContext): Promise<AfzienVastgelegd> {
    const stand = await beoordelingInRegio(this.repository, c.veiligheidsbeoordelingId, ctx);
    toetsDossierLopend(stand.dossierAfgesloten);
    toetsAfzien(c, ctx.gebruiker.sub);
    const id = ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'afzien') : randomUUID();
    const betreft = [...new Set(c.personen)];
    const refs = await this.kluis.legVast({
      verzoekId: uuidVoor(id, 'aantekeningen'),
      regio: stand.beoordeling.regio,
      dossierId: stand.beoordeling.dossierId,
      teksten: teksten(
        {
          sleutel: 'motivering',
          soort: 'veiligheidsbeoordeling.afzien.motivering',
          tekst: c.motivering,
          betreft,
        },
        { sleutel: 'feiten', soort: 'veiligheidsbeoordeling.afzien.feiten', tekst: c.feiten, betreft },
        {
          sleutel: 'informerenBij',
          soort: 'veiligheidsbeoordeling.afzien.informeren-bij',
          tekst: c.informerenBij,
          betreft,
        },
      ),
    });
    const rij: AfzienVanContact = {
      id,
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      personen: betreft,
      motiveringRef: refs.motivering,
      feitenRef: refs.feiten,
      informerenOp: c.informerenOp ?? null,
      informerenBijRef: refs.informerenBij ?? null,
      geconsulteerd: [...new Set(c.geconsulteerd)],
      beslotenDoor: ctx.gebruiker.sub,
      beslotenOp: this.clock.now(),
    };
    await this.repository.transactie(async (tx) => {
      toetsDossierLopend((await tx.vergrendel(c.veiligheidsbeoordelingId))?.dossierAfgesloten ?? false);
      tx.voegToe(AfzienVanContact, rij);
    });
    return {
      id,
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      motiveringRef: rij.motiveringRef,
      feitenRef: rij.feitenRef,
      ...(rij.informerenOp ? { informerenOp: rij.informerenOp } : {}),
      ...(rij.informerenBijRef ? { informerenBijRef: rij.informerenBijRef } : {}),
    };
  }
}
