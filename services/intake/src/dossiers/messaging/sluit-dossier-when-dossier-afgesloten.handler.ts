import type { EntityManager } from '@mikro-orm/core';
import { type AssessmentDossierAfgeslotenV1, assessmentDossierAfgeslotenV1 } from '@vt/contracts';
import { type EventHandler, HandlesEvent, type ReceivedEvent } from '@vt/messaging';
import { sluitDossier } from './sluit-dossier';

/**
 * VT-11.3.1-c, VT-7.4.3-a B: when the safety assessment ends the involvement (direct handover, no
 * follow-up steps), the file is closed.
 */
@HandlesEvent()
export class SluitDossierWhenDossierAfgesloten implements EventHandler<AssessmentDossierAfgeslotenV1> {
  readonly name = 'sluit-dossier-when-dossier-afgesloten';
  readonly event = assessmentDossierAfgeslotenV1;

  async handle(em: EntityManager, event: ReceivedEvent<AssessmentDossierAfgeslotenV1>): Promise<void> {
    await sluitDossier(em, event.data);
  }
}
