import { type InvestigationDossierAfgeslotenV1, investigationDossierAfgeslotenV1 } from '@vt/contracts';
import { HandlesEvent, type ReceivedEvent, type SqlEventHandler } from '@vt/messaging';
import type { SqlTransactie } from '@vt/persistence';
import { StartBewaartermijn } from '../use-cases/start-bewaartermijn/start-bewaartermijn.use-case';

/** VT-15.3.4.2-a: investigation closed the file: it is kept 20 years from that day. */
@HandlesEvent()
export class StartBewaartermijnWhenInvestigationDossierAfgesloten implements SqlEventHandler<InvestigationDossierAfgeslotenV1> {
  readonly name = 'start-bewaartermijn-when-investigation-dossier-afgesloten';
  readonly event = investigationDossierAfgeslotenV1;
  readonly transactie = 'sql';

  constructor(private readonly startBewaartermijn: StartBewaartermijn) {}

  async handle(tx: SqlTransactie, event: ReceivedEvent<InvestigationDossierAfgeslotenV1>): Promise<void> {
    const { dossierId, regio, afgeslotenOp } = event.data;
    await this.startBewaartermijn.execute(tx, {
      dossierId,
      regio,
      grondslag: 'melding',
      vanaf: afgeslotenOp,
    });
  }
}
