import type { EntityManager } from '@mikro-orm/core';
import { type MonitoringGestartV1, monitoringGestartV1 } from '@vt/contracts';
import { type EventHandler, HandlesEvent, type ReceivedEvent } from '@vt/messaging';
import { Dossier } from '../persistence/dossier.entity';

/**
 * VT-6.6-a: a file in monitoring is still running; intake records the phase, so a new report about its
 * people joins it (and assessment opens a re-assessment) rather than opening a second file.
 */
@HandlesEvent()
export class WerkFaseBijWhenMonitoringGestart implements EventHandler<MonitoringGestartV1> {
  readonly name = 'werk-fase-bij-when-monitoring-gestart';
  readonly event = monitoringGestartV1;

  async handle(em: EntityManager, event: ReceivedEvent<MonitoringGestartV1>): Promise<void> {
    const { dossierId, regio } = event.data;
    const dossier = await em.findOne(Dossier, { id: dossierId, regio });
    // A file closed meanwhile stays closed: the phase of a running file only.
    if (dossier?.status === 'lopend') dossier.fase = 'monitoring';
  }
}
