import type { EntityManager } from '@mikro-orm/core';
import { type DossierVernietigdV1, dossierVernietigdV1 } from '@vt/contracts';
import { type EventHandler, HandlesEvent, type ReceivedEvent } from '@vt/messaging';
import { Veiligheidsbeoordeling } from '../persistence/veiligheidsbeoordeling.entity';

/** The vault destroyed the file (§15.3.4, §15.8.5): its safety assessments go with it, once per event (inbox). */
@HandlesEvent()
export class VerwijderBeoordelingenWhenDossierVernietigd implements EventHandler<DossierVernietigdV1> {
  readonly name = 'verwijder-beoordelingen-when-dossier-vernietigd';
  readonly event = dossierVernietigdV1;

  async handle(em: EntityManager, event: ReceivedEvent<DossierVernietigdV1>): Promise<void> {
    await em.nativeDelete(Veiligheidsbeoordeling, { dossierId: event.data.dossierId });
  }
}
