import { type MeldingInBehandelingGenomenV1, meldingInBehandelingGenomenV1 } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { HandlesEvent, Outbox, type ReceivedEvent, type SqlEventHandler } from '@vt/messaging';
import type { SqlTransactie } from '@vt/persistence';
import { indicatorenVan } from '../../werkvoorraad/domain/indicatoren';
import { VeiligheidsbeoordelingRepository } from '../persistence/veiligheidsbeoordeling.repository';
import { startBeoordeling, type StartDeps } from './beoordeling-starten';

/**
 * VT-6.5.2-a / VT-6.9-a: a report anonymous towards Veilig Thuis that a manager took into treatment opens
 * its safety assessment now, with the deadlines counted from its receipt; on a file that already has an
 * assessment it is a re-assessment (VT-6.6-b).
 */
@HandlesEvent()
export class StartBeoordelingWhenMeldingInBehandelingGenomen implements SqlEventHandler<MeldingInBehandelingGenomenV1> {
  readonly name = 'start-beoordeling-when-melding-in-behandeling-genomen';
  readonly event = meldingInBehandelingGenomenV1;
  readonly transactie = 'sql';

  private readonly deps: StartDeps;

  constructor(beoordelingen: VeiligheidsbeoordelingRepository, outbox: Outbox, clock: Clock) {
    this.deps = { beoordelingen, outbox, clock };
  }

  async handle(tx: SqlTransactie, event: ReceivedEvent<MeldingInBehandelingGenomenV1>): Promise<void> {
    const m = event.data;
    const herbeoordeling = await this.deps.beoordelingen.heeftBeoordeling(tx, m.dossierId);
    // Only a report anonymous towards Veilig Thuis waits for a manager; intake sends no radar result here.
    const indicatoren = indicatorenVan({ lopendDossier: herbeoordeling, anonimiteit: 'tov-veilig-thuis' });
    await startBeoordeling(this.deps, tx, m, herbeoordeling, indicatoren);
  }
}
