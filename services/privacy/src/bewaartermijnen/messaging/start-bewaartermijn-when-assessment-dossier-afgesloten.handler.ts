import { type AssessmentDossierAfgeslotenV1, assessmentDossierAfgeslotenV1 } from '@vt/contracts';
import { HandlesEvent, type ReceivedEvent, type SqlEventHandler } from '@vt/messaging';
import type { SqlTransactie } from '@vt/persistence';
import { StartBewaartermijn } from '../use-cases/start-bewaartermijn/start-bewaartermijn.use-case';

/**
 * VT-15.3.4.2-a: the safety assessment ended the involvement (direct handover or no follow-up steps,
 * VT-7.4.3-a): the file is kept 20 years from that day.
 */
@HandlesEvent()
export class StartBewaartermijnWhenAssessmentDossierAfgesloten implements SqlEventHandler<AssessmentDossierAfgeslotenV1> {
  readonly name = 'start-bewaartermijn-when-assessment-dossier-afgesloten';
  readonly event = assessmentDossierAfgeslotenV1;
  readonly transactie = 'sql';

  constructor(private readonly startBewaartermijn: StartBewaartermijn) {}

  async handle(tx: SqlTransactie, event: ReceivedEvent<AssessmentDossierAfgeslotenV1>): Promise<void> {
    const { dossierId, regio, afgeslotenOp } = event.data;
    await this.startBewaartermijn.execute(tx, {
      dossierId,
      regio,
      grondslag: 'melding',
      vanaf: afgeslotenOp,
    });
  }
}
