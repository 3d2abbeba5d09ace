import { type MeldingIngetrokkenV1, meldingIngetrokkenV1 } from '@vt/contracts';
import { HandlesEvent, type ReceivedEvent, type SqlEventHandler } from '@vt/messaging';
import type { SqlTransactie } from '@vt/persistence';
import { VeiligheidsbeoordelingRepository } from '../persistence/veiligheidsbeoordeling.repository';

/**
 * VT-6.7-b: a report removed after its reporter withdrew it leaves no open assessment (and no deadline
 * to miss) behind; a report kept (VT-6.7-c) keeps its assessment.
 */
@HandlesEvent()
export class VerwijderBeoordelingWhenMeldingIngetrokken implements SqlEventHandler<MeldingIngetrokkenV1> {
  readonly name = 'verwijder-beoordeling-when-melding-ingetrokken';
  readonly event = meldingIngetrokkenV1;
  readonly transactie = 'sql';

  constructor(private readonly beoordelingen: VeiligheidsbeoordelingRepository) {}

  async handle(tx: SqlTransactie, event: ReceivedEvent<MeldingIngetrokkenV1>): Promise<void> {
    const { besluit, meldingId, regio } = event.data;
    if (besluit === 'verwijderen') await this.beoordelingen.vervalVoorMelding(tx, meldingId, regio);
  }
}
