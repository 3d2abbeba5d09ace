import type { EntityManager } from '@mikro-orm/core';
import { type MonitoringDossierAfgeslotenV1, monitoringDossierAfgeslotenV1 } from '@vt/contracts';
import { type EventHandler, HandlesEvent, type ReceivedEvent } from '@vt/messaging';
import { Dossier } from '../persistence/dossier.entity';

/**
 * VT-15.3.2-a: once monitoring ended the file is closed, so a later report about its people opens a new
 * file that lists this one (a re-report, VT-B1-b) instead of joining it.
 */
@HandlesEvent()
export class SluitDossierWhenDossierAfgesloten implements EventHandler<MonitoringDossierAfgeslotenV1> {
  readonly name = 'sluit-dossier-when-dossier-afgesloten';
  readonly event = monitoringDossierAfgeslotenV1;

  async handle(em: EntityManager, event: ReceivedEvent<MonitoringDossierAfgeslotenV1>): Promise<void> {
    const { dossierId, regio, afgeslotenOp } = event.data;
    const dossier = await em.findOne(Dossier, { id: dossierId, regio });
    if (dossier?.status !== 'lopend') return;
    dossier.status = 'afgesloten';
    dossier.afgeslotenOp = new Date(afgeslotenOp);
  }
}
