import type { EntityManager } from '@mikro-orm/core';
import { type MonitoringDossierAfgeslotenV1, monitoringDossierAfgeslotenV1 } from '@vt/contracts';
import { type EventHandler, HandlesEvent, type ReceivedEvent } from '@vt/messaging';
import { sluitDossier } from './sluit-dossier';

/** VT-15.3.2-a: once monitoring ended, the file is closed. */
@HandlesEvent()
export class SluitDossierWhenMonitoringDossierAfgesloten implements EventHandler<MonitoringDossierAfgeslotenV1> {
  readonly name = 'sluit-dossier-when-monitoring-dossier-afgesloten';
  readonly event = monitoringDossierAfgeslotenV1;

  async handle(em: EntityManager, event: ReceivedEvent<MonitoringDossierAfgeslotenV1>): Promise<void> {
    await sluitDossier(em, event.data);
  }
}
