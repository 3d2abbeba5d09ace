import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { type MeldingOntvangenV1, meldingOntvangenV1, veiligheidsbeoordelingGestartV1 } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { type EventHandler, HandlesEvent, Outbox, type ReceivedEvent } from '@vt/messaging';
import { termijnenVanMelding } from '../domain/termijnen';
import { Veiligheidsbeoordeling } from '../persistence/veiligheidsbeoordeling.entity';

/**
 * VT-6.9-a: every report taken into treatment opens a safety assessment; on a file that already has one
 * it is a re-assessment (VT-6.6-b). A report anonymous towards VT waits for the manager (VT-6.5.2-a), so
 * a report that joins a file whose only report still waits opens the file's first assessment, not a
 * re-assessment, although intake calls that file running.
 */
@HandlesEvent()
export class StartBeoordelingWhenMeldingOntvangen implements EventHandler<MeldingOntvangenV1> {
  readonly name = 'start-beoordeling-when-melding-ontvangen';
  readonly event = meldingOntvangenV1;

  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async handle(em: EntityManager, event: ReceivedEvent<MeldingOntvangenV1>): Promise<void> {
    const m = event.data;
    if (m.status !== 'in-behandeling') return;
    const ontvangenOp = new Date(m.ontvangenOp);
    const termijnen = termijnenVanMelding(m);
    const herbeoordeling =
      m.lopendDossier && (await em.count(Veiligheidsbeoordeling, { dossierId: m.dossierId })) > 0;
    const beoordeling = em.create(Veiligheidsbeoordeling, {
      id: randomUUID(),
      dossierId: m.dossierId,
      regio: m.regio,
      meldingIds: [m.meldingId],
      status: 'open',
      ontvangenOp,
      spoed: m.spoed,
      herbeoordeling,
      ...termijnen,
      gestartOp: this.clock.now(),
      besluit: null,
      beslotenOp: null,
    });
    em.persist(beoordeling);
    this.outbox.add(em, veiligheidsbeoordelingGestartV1, {
      regio: m.regio,
      subject: m.dossierId,
      data: {
        veiligheidsbeoordelingId: beoordeling.id,
        dossierId: m.dossierId,
        meldingId: m.meldingId,
        regio: m.regio,
        gestartOp: beoordeling.gestartOp.toISOString(),
        ...termijnen,
        herbeoordeling,
      },
    });
    await em.flush();
  }
}
