import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, uuidVoor } from '@vt/platform';
import { toetsOverdracht } from '../../domain/overdracht-regels';
import type { Informatie } from '../../persistence/besluitvorming.entities';
import {
  BesluitvormingRepository,
  type BesluitvormingRepositoryPort,
} from '../../persistence/besluitvorming.repository';
import { Overdracht } from '../../persistence/contact-en-overdracht.entities';
import { KluisClient, teksten } from '../../privacy/kluis.client';
import { AlBesloten } from '../../domain/besluit-regels';
import { beoordelingInRegio, type StapContext } from '../stap-context';
import type { DraagOverCommand, OvergedragenInformatie, OverdrachtVerzonden } from './draag-over.command';

/**
 * Sends the direct handover after a decision `overdracht` (§11.3): the three steps, or for the client
 * system the four written items, and only information that may be passed on (§11.2). Oversight of safety
 * passes to the party on the date sent (VT-11.5-a).
 */
@Injectable()
export class DraagOver {
  constructor(
    @Inject(BesluitvormingRepository) private readonly repository: BesluitvormingRepositoryPort,
    private readonly kluis: KluisClient,
    private readonly clock: Clock,
  ) {}

  async execute(c: DraagOverCommand, ctx: StapContext): Promise<OverdrachtVerzonden> {
    const stand = await beoordelingInRegio(this.repository, c.veiligheidsbeoordelingId, ctx);
    const { besluit, overdracht } = await this.repository.besluitEnOverdracht(c.veiligheidsbeoordelingId);
    const informatie = await this.repository.informatie(c.veiligheidsbeoordelingId);
    const partij = toetsOverdracht(c, {
      besluit: besluit?.besluit,
      overdrachtspartij: besluit?.overdrachtspartij,
      alVerzonden: overdracht !== undefined,
      informatie,
    });
    const refs = await this.kluis.legVast({
      verzoekId: ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'overdracht') : randomUUID(),
      regio: stand.beoordeling.regio,
      dossierId: stand.beoordeling.dossierId,
      teksten: teksten(
        {
          sleutel: 'afspraken',
          soort: 'veiligheidsbeoordeling.overdracht.afspraken',
          tekst: c.clientsysteem?.afspraken,
        },
        { sleutel: 'hulp', soort: 'veiligheidsbeoordeling.overdracht.hulp', tekst: c.clientsysteem?.hulp },
      ),
    });
    const nu = this.clock.now();
    const rij: Overdracht = {
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      partij,
      vorm: c.vorm,
      geinformeerdDoor: c.geinformeerdDoor,
      afsprakenE3: Object.entries(c.afsprakenE3 ?? {})
        .filter(([, ja]) => ja === true)
        .map(([k]) => k),
      informatieIds: [...new Set(c.informatieIds)],
      risicofactorenRef: stand.taxatie?.risicofactorenRef ?? null,
      terugmeldafspraak: c.terugmeldafspraak === true || c.clientsysteem?.contactBijOnveiligheid === true,
      afsprakenRef: refs.afspraken ?? null,
      hulpRef: refs.hulp ?? null,
      verzondenDoor: ctx.gebruiker.sub,
      verzondenOp: nu,
    };
    await this.repository.transactie(async (tx) => {
      await tx.vergrendel(c.veiligheidsbeoordelingId);
      if ((await this.repository.besluitEnOverdracht(c.veiligheidsbeoordelingId)).overdracht) {
        throw new AlBesloten('de overdracht is al verzonden');
      }
      tx.voegToe(Overdracht, rij);
    });
    return {
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      partij,
      vorm: c.vorm,
      verzondenOp: nu.toISOString(),
      ...(rij.risicofactorenRef ? { risicofactorenRef: rij.risicofactorenRef } : {}),
      informatie: overgedragen(informatie.filter((i) => rij.informatieIds.includes(i.id))),
    };
  }
}

/** VT-2.1.8-d: facts and interpretations apart, each with its source. */
function overgedragen(items: Informatie[]): OvergedragenInformatie {
  const deel = (ref: 'feitRef' | 'interpretatieRef') =>
    items.flatMap((i) => {
      const aantekeningRef = i[ref];
      return aantekeningRef ? [{ informatieId: i.id, bron: i.bron, aantekeningRef }] : [];
    });
  return { feiten: deel('feitRef'), interpretaties: deel('interpretatieRef') };
}
