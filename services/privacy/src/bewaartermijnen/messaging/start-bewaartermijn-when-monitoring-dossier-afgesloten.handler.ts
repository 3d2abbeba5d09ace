import { type MonitoringDossierAfgeslotenV1, monitoringDossierAfgeslotenV1 } from '@vt/contracts';
import { HandlesEvent, type ReceivedEvent, type SqlEventHandler } from '@vt/messaging';
import type { SqlTransactie } from '@vt/persistence';
import { StartBewaartermijn } from '../use-cases/start-bewaartermijn/start-bewaartermijn.use-case';

/** VT-15.3.4.2-a: monitoring closed the file (§13.5): it is kept 20 years from that day. */
@HandlesEvent()
export class StartBewaartermijnWhenMonitoringDossierAfgesloten implements SqlEventHandler<MonitoringDossierAfgeslotenV1> {
  readonly name = 'start-bewaartermijn-when-monitoring-dossier-afgesloten';
  readonly event = monitoringDossierAfgeslotenV1;
  readonly transactie = 'sql';

  constructor(private readonly startBewaartermijn: StartBewaartermijn) {}

  async handle(tx: SqlTransactie, event: ReceivedEvent<MonitoringDossierAfgeslotenV1>): Promise<void> {
    const { dossierId, regio, afgeslotenOp } = event.data;
    await this.startBewaartermijn.execute(tx, {
      dossierId,
      regio,
      grondslag: 'melding',
      vanaf: afgeslotenOp,
    });
  }
}
