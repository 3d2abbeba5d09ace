import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, uuidVoor } from '@vt/platform';
import { toetsInformatie } from '../../domain/informatie-regels';
import { Informatie } from '../../persistence/besluitvorming.entities';
import {
  BesluitvormingRepository,
  type BesluitvormingRepositoryPort,
} from '../../persistence/besluitvorming.repository';
import { KluisClient, teksten } from '../../privacy/kluis.client';
import { openBeoordeling, type StapContext, vergrendelOpen } from '../stap-context';
import type { InformatieVastgelegd, VerzamelInformatieCommand } from './verzamel-informatie.command';

/**
 * Records one piece of information (§7.4.1) with its source, before or after contact; its fact and its
 * interpretation go to the vault as two texts of their own kinds, so they stay apart (VT-2.1.8-a/b).
 */
@Injectable()
export class VerzamelInformatie {
  constructor(
    @Inject(BesluitvormingRepository) private readonly repository: BesluitvormingRepositoryPort,
    private readonly kluis: KluisClient,
    private readonly clock: Clock,
  ) {}

  async execute(c: VerzamelInformatieCommand, ctx: StapContext): Promise<InformatieVastgelegd> {
    const stand = await openBeoordeling(this.repository, c.veiligheidsbeoordelingId, ctx);
    toetsInformatie(c);
    const id = ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'informatie') : randomUUID();
    const betreft = [...new Set(c.betreft ?? [])];
    const refs = await this.kluis.legVast({
      verzoekId: uuidVoor(id, 'aantekeningen'),
      regio: stand.beoordeling.regio,
      dossierId: stand.beoordeling.dossierId,
      teksten: teksten(
        {
          sleutel: 'feit',
          soort: `veiligheidsbeoordeling.informatie.feit.${c.bron}`,
          tekst: c.feit,
          betreft,
        },
        {
          sleutel: 'interpretatie',
          soort: `veiligheidsbeoordeling.informatie.interpretatie.${c.bron}`,
          tekst: c.interpretatie,
          betreft,
        },
      ),
    });
    const rij: Informatie = {
      id,
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      bron: c.bron,
      soort: c.soort,
      voorContactMetDirectbetrokkenen: c.voorContactMetDirectbetrokkenen,
      bekend: c.bekend ?? null,
      feitRef: refs.feit ?? null,
      interpretatieRef: refs.interpretatie ?? null,
      politiegrond: c.politiegrond ?? null,
      strafrechtelijkOnderzoek: c.strafrechtelijkOnderzoek ?? false,
      politieContactgegevens: c.politieContactgegevens ?? false,
      betreft,
      vastgelegdDoor: ctx.gebruiker.sub,
      vastgelegdOp: this.clock.now(),
    };
    await this.repository.transactie(async (tx) => {
      await vergrendelOpen(tx, c.veiligheidsbeoordelingId);
      tx.voegToe(Informatie, rij);
    });
    return {
      id,
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      ...(rij.feitRef ? { feitRef: rij.feitRef } : {}),
      ...(rij.interpretatieRef ? { interpretatieRef: rij.interpretatieRef } : {}),
    };
  }
}
