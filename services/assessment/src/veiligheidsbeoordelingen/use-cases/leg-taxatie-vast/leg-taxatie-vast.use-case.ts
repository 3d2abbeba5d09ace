import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, uuidVoor } from '@vt/platform';
import { geindiceerdBesluit } from '../../domain/geindiceerd-besluit';
import { Taxatie } from '../../persistence/besluitvorming.entities';
import {
  BesluitvormingRepository,
  type BesluitvormingRepositoryPort,
} from '../../persistence/besluitvorming.repository';
import { KluisClient, teksten } from '../../privacy/kluis.client';
import { openBeoordeling, type StapContext, vergrendelOpen } from '../stap-context';
import type { LegTaxatieVastCommand, TaxatieVastgelegd } from './leg-taxatie-vast.command';

/** Records the appraisal (§7.4.2) and answers the decision the criteria of §7.5 indicate (VT-7.5-a). */
@Injectable()
export class LegTaxatieVast {
  constructor(
    @Inject(BesluitvormingRepository) private readonly repository: BesluitvormingRepositoryPort,
    private readonly kluis: KluisClient,
    private readonly clock: Clock,
  ) {}

  async execute(c: LegTaxatieVastCommand, ctx: StapContext): Promise<TaxatieVastgelegd> {
    const stand = await openBeoordeling(this.repository, c.veiligheidsbeoordelingId, ctx);
    const indicatie = geindiceerdBesluit(c);
    const risicofactoren = c.risicofactoren.map((r) => r.trim()).filter(Boolean);
    const refs = await this.kluis.legVast({
      verzoekId: ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'taxatie') : randomUUID(),
      regio: stand.beoordeling.regio,
      dossierId: stand.beoordeling.dossierId,
      teksten: teksten(
        {
          sleutel: 'risicofactoren',
          soort: 'veiligheidsbeoordeling.taxatie.risicofactoren',
          tekst: risicofactoren.join('\n'),
        },
        {
          sleutel: 'onderbouwing',
          soort: 'veiligheidsbeoordeling.taxatie.onderbouwing',
          tekst: c.onderbouwing,
        },
      ),
    });
    const rij: Taxatie = {
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      acuteOnveiligheid: c.acuteOnveiligheid,
      structureleOnveiligheid: c.structureleOnveiligheid,
      multiproblematiek: c.multiproblematiek,
      bevestigingNodig: c.bevestigingNodig ?? null,
      voldoendeMedewerking: c.voldoendeMedewerking ?? null,
      verdereBetrokkenheidNodig: c.verdereBetrokkenheidNodig ?? null,
      redelijkVermoeden: c.redelijkVermoeden ?? null,
      zorgenOverVeiligheid: c.zorgenOverVeiligheid ?? null,
      risicofactorenRef: refs.risicofactoren ?? null,
      aantalRisicofactoren: risicofactoren.length,
      onderbouwingRef: refs.onderbouwing ?? null,
      geindiceerdBesluit: indicatie.geindiceerdBesluit,
      criterium: indicatie.criterium,
      vastgelegdDoor: ctx.gebruiker.sub,
      vastgelegdOp: this.clock.now(),
    };
    await this.repository.transactie(async (tx) => {
      await vergrendelOpen(tx, c.veiligheidsbeoordelingId);
      await tx.vervang(Taxatie, rij);
    });
    return {
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      ...indicatie,
      ...(refs.risicofactoren ? { risicofactorenRef: refs.risicofactoren } : {}),
      ...(refs.onderbouwing ? { onderbouwingRef: refs.onderbouwing } : {}),
    };
  }
}
