import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  trajectGestartV1,
  type VeiligheidsbeoordelingBeslotenV1,
  veiligheidsbeoordelingBeslotenV1,
} from '@vt/contracts';
import { type EventHandler, HandlesEvent, Outbox, type ReceivedEvent } from '@vt/messaging';
import { Werkdagkalender } from '@vt/werkdagen';
import { dienstVoorBesluit, trajectUiterlijk } from '../domain/traject-start';
import { Traject } from '../persistence/traject.entity';

/**
 * VT-7.4.3-b: a decision `voorwaarden-en-vervolg` or `onderzoek` starts that service here, due 10 weeks
 * after the decision (VT-9.2-a, VT-10.2-a); the inbox makes a redelivered decision start nothing twice.
 */
@HandlesEvent()
export class StartTrajectWhenVeiligheidsbeoordelingBesloten implements EventHandler<VeiligheidsbeoordelingBeslotenV1> {
  readonly name = 'start-traject-when-veiligheidsbeoordeling-besloten';
  readonly event = veiligheidsbeoordelingBeslotenV1;

  constructor(
    private readonly outbox: Outbox,
    private readonly kalender: Werkdagkalender,
  ) {}

  async handle(em: EntityManager, event: ReceivedEvent<VeiligheidsbeoordelingBeslotenV1>): Promise<void> {
    const b = event.data;
    const dienst = dienstVoorBesluit(b.besluit);
    if (!dienst) return;
    const traject = em.create(Traject, {
      id: randomUUID(),
      dossierId: b.dossierId,
      regio: b.regio,
      dienst,
      gestartOp: new Date(b.beslotenOp),
      uiterlijk: trajectUiterlijk(this.kalender, b.besluitdatum),
      status: 'lopend',
      vooronderzoekTot: null,
    });
    em.persist(traject);
    this.outbox.add(em, trajectGestartV1, {
      regio: b.regio,
      subject: b.dossierId,
      data: {
        trajectId: traject.id,
        dossierId: b.dossierId,
        regio: b.regio,
        veiligheidsbeoordelingId: b.veiligheidsbeoordelingId,
        dienst,
        gestartOp: traject.gestartOp.toISOString(),
        uiterlijk: traject.uiterlijk,
      },
    });
  }
}
