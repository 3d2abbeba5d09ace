import type { EntityManager } from '@mikro-orm/core';
import { type DossierVernietigdV1, dossierVernietigdV1 } from '@vt/contracts';
import { type EventHandler, HandlesEvent, type ReceivedEvent } from '@vt/messaging';
import { Melding } from '../../meldingen/persistence/melding.entity';
import { Dossier, DossierPersoon } from '../persistence/dossier.entity';

/**
 * The vault destroyed the file (§15.3.4, §15.8.5): intake drops its reports (with their text references),
 * its links to people and the file itself, once per event (inbox).
 */
@HandlesEvent()
export class VerwijderDossierWhenDossierVernietigd implements EventHandler<DossierVernietigdV1> {
  readonly name = 'verwijder-dossier-when-dossier-vernietigd';
  readonly event = dossierVernietigdV1;

  async handle(em: EntityManager, event: ReceivedEvent<DossierVernietigdV1>): Promise<void> {
    const { dossierId } = event.data;
    await em.nativeDelete(Melding, { dossierId });
    await em.nativeDelete(DossierPersoon, { dossierId });
    await em.nativeDelete(Dossier, { id: dossierId });
  }
}
