import { type MeldingOntvangenV1, meldingOntvangenV1 } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { HandlesEvent, Outbox, type ReceivedEvent, type SqlEventHandler } from '@vt/messaging';
import type { SqlTransactie } from '@vt/persistence';
import { indicatorenVan } from '../../werkvoorraad/domain/indicatoren';
import { VeiligheidsbeoordelingRepository } from '../persistence/veiligheidsbeoordeling.repository';
import { startBeoordeling, type StartDeps } from './beoordeling-starten';

/**
 * VT-6.9-a: every report taken into treatment opens a safety assessment; on a file that already has one
 * it is a re-assessment (VT-6.6-b). A report anonymous towards VT waits for the manager (VT-6.5.2-a, see
 * `StartBeoordelingWhenMeldingInBehandelingGenomen`), so a report that joins a file whose only report
 * still waits opens the file's first assessment, not a re-assessment, although intake calls that file
 * running.
 */
@HandlesEvent()
export class StartBeoordelingWhenMeldingOntvangen implements SqlEventHandler<MeldingOntvangenV1> {
  readonly name = 'start-beoordeling-when-melding-ontvangen';
  readonly event = meldingOntvangenV1;
  readonly transactie = 'sql';

  private readonly deps: StartDeps;

  constructor(beoordelingen: VeiligheidsbeoordelingRepository, outbox: Outbox, clock: Clock) {
    this.deps = { beoordelingen, outbox, clock };
  }

  async handle(tx: SqlTransactie, event: ReceivedEvent<MeldingOntvangenV1>): Promise<void> {
    const m = event.data;
    if (m.status !== 'in-behandeling') return;
    const herbeoordeling =
      m.lopendDossier && (await this.deps.beoordelingen.heeftBeoordeling(tx, m.dossierId));
    await startBeoordeling(this.deps, tx, m, herbeoordeling, indicatorenVan(m));
  }
}
