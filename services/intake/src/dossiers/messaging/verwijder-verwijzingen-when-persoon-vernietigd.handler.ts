import type { EntityManager } from '@mikro-orm/core';
import { type PersoonVernietigdV1, persoonVernietigdV1 } from '@vt/contracts';
import { type EventHandler, HandlesEvent, type ReceivedEvent } from '@vt/messaging';
import { Melding } from '../../meldingen/persistence/melding.entity';
import { DossierPersoon } from '../persistence/dossier.entity';

/**
 * The vault destroyed a person (§15.8.5, or with his file): intake drops its references to him, his links
 * to files and his place as reporter, once per event (inbox). The reports stay, about the others.
 */
@HandlesEvent()
export class VerwijderVerwijzingenWhenPersoonVernietigd implements EventHandler<PersoonVernietigdV1> {
  readonly name = 'verwijder-verwijzingen-when-persoon-vernietigd';
  readonly event = persoonVernietigdV1;

  async handle(em: EntityManager, event: ReceivedEvent<PersoonVernietigdV1>): Promise<void> {
    const { persoonRef } = event.data;
    await em.nativeDelete(DossierPersoon, { persoonRef });
    await em.nativeUpdate(Melding, { melderRef: persoonRef }, { melderRef: null });
  }
}
