import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { OngeldigeInvoer } from '@vt/contracts';
import { Clock, uuidVoor } from '@vt/platform';
import { toetsTerugkoppeling } from '../../domain/terugkoppeling-regels';
import {
  BesluitvormingRepository,
  type BesluitvormingRepositoryPort,
} from '../../persistence/besluitvorming.repository';
import { Terugkoppeling } from '../../persistence/contact-en-overdracht.entities';
import { beoordelingInRegio, type StapContext } from '../stap-context';
import type { KoppelTerugCommand, TerugkoppelingVerzonden } from './koppel-terug.command';

/** Records the feedback to a reporter of the assessment's reports as sent (VT-12.2.1-a), limited per §12.2.2. */
@Injectable()
export class KoppelTerug {
  constructor(
    @Inject(BesluitvormingRepository) private readonly repository: BesluitvormingRepositoryPort,
    private readonly clock: Clock,
  ) {}

  async execute(c: KoppelTerugCommand, ctx: StapContext): Promise<TerugkoppelingVerzonden> {
    const { beoordeling } = await beoordelingInRegio(this.repository, c.veiligheidsbeoordelingId, ctx);
    if (!beoordeling.meldingIds.includes(c.meldingId)) {
      throw new OngeldigeInvoer([
        { field: 'meldingId', message: 'geen melding van deze veiligheidsbeoordeling' },
      ]);
    }
    toetsTerugkoppeling(c, beoordeling.status === 'besloten');
    const rij: Terugkoppeling = {
      id: ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'terugkoppeling') : randomUUID(),
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      meldingId: c.meldingId,
      melderType: c.melderType,
      kanaal: c.kanaal,
      inhoud: [...new Set(c.inhoud)],
      voortdurendeBetrokkenheid: c.voortdurendeBetrokkenheid ?? false,
      verzondenDoor: ctx.gebruiker.sub,
      verzondenOp: this.clock.now(),
    };
    await this.repository.transactie(async (tx) => void tx.voegToe(Terugkoppeling, rij));
    return {
      id: rij.id,
      veiligheidsbeoordelingId: rij.veiligheidsbeoordelingId,
      meldingId: rij.meldingId,
      verzondenOp: rij.verzondenOp.toISOString(),
    };
  }
}
