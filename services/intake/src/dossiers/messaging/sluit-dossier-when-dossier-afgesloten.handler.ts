import { type EntityManager, LockMode } from '@mikro-orm/core';
import { type AssessmentDossierAfgeslotenV1, assessmentDossierAfgeslotenV1 } from '@vt/contracts';
import { type EventHandler, HandlesEvent, type ReceivedEvent } from '@vt/messaging';
import { Dossier } from '../persistence/dossier.entity';

/**
 * VT-11.3.1-c, VT-7.4.3-a B: when the safety assessment ends the involvement (direct handover, no
 * follow-up steps), the file is closed; a later report on the household then opens a new file that lists
 * this one (radar, VT-6.6-a, §15.3.2). A file already closed keeps its first closing moment.
 */
@HandlesEvent()
export class SluitDossierWhenDossierAfgesloten implements EventHandler<AssessmentDossierAfgeslotenV1> {
  readonly name = 'sluit-dossier-when-dossier-afgesloten';
  readonly event = assessmentDossierAfgeslotenV1;

  async handle(em: EntityManager, event: ReceivedEvent<AssessmentDossierAfgeslotenV1>): Promise<void> {
    const { dossierId, regio, afgeslotenOp } = event.data;
    // Row-locked, so a report joining the file at this moment sees it either running or closed, never half.
    const dossier = await em.findOne(
      Dossier,
      { id: dossierId, regio },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!dossier || dossier.status === 'afgesloten') return;
    dossier.status = 'afgesloten';
    dossier.fase = 'afgesloten';
    dossier.afgeslotenOp = new Date(afgeslotenOp);
  }
}
