import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { EventDefinition } from '@vt/contracts';
import { Outbox, type OutgoingEvent } from '@vt/messaging';
import { Dossier, DossierPersoon } from '../../dossiers/persistence/dossier.entity';
import { Melding } from './melding.entity';
import { MeldingIntrekking } from './melding-intrekking.entity';

/** One decision on a report, in one transaction of the unit of work (ADR 0012 rule 2: low volume). */
export interface BesluitTransactie {
  /** The report, locked until the commit, so two decisions on it run one after the other. */
  melding(id: string): Promise<Melding | null>;
  /** The people on the report's file and their roles. */
  dossierPersonen(dossierId: string): Promise<{ persoonRef: string; rol: string }[]>;
  /** How many other reports the file holds. */
  andereMeldingen(dossierId: string, meldingId: string): Promise<number>;
  /** Removes the report (VT-6.7-b). */
  verwijder(melding: Melding): void;
  /** Closes the file that lost its only report (VT-6.7-b). */
  sluitDossier(dossierId: string, op: Date): Promise<void>;
  bewaarIntrekking(rij: MeldingIntrekking): void;
  /** The event, through the outbox, in this transaction. */
  meld<T>(def: EventDefinition<T>, event: OutgoingEvent<T>): void;
}

@Injectable()
export class MeldingBesluitenRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /** Runs `werk` in a transaction; the changes it made to the entities it read commit with it. */
  besluit<T>(werk: (tx: BesluitTransactie) => Promise<T>): Promise<T> {
    return this.em.fork().transactional((em) =>
      werk({
        melding: (id) => em.findOne(Melding, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }),
        dossierPersonen: async (dossierId) =>
          (await em.find(DossierPersoon, { dossierId }, { orderBy: { rol: 'asc', persoonRef: 'asc' } })).map(
            (p) => ({ persoonRef: p.persoonRef, rol: p.rol }),
          ),
        andereMeldingen: (dossierId, meldingId) => em.count(Melding, { dossierId, id: { $ne: meldingId } }),
        verwijder: (melding) => em.remove(melding),
        sluitDossier: async (dossierId, op) => {
          const dossier = await em.findOneOrFail(Dossier, { id: dossierId });
          dossier.status = 'afgesloten';
          dossier.afgeslotenOp = op;
        },
        bewaarIntrekking: (rij) => em.persist(em.create(MeldingIntrekking, rij)),
        meld: (def, event) => void this.outbox.add(em, def, event),
      }),
    );
  }
}
