import { Injectable } from '@nestjs/common';
import { type EntityData, type EntityName, LockMode, type RequiredEntityData } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { EventDefinition } from '@vt/contracts';
import { Outbox, type OutgoingEvent } from '@vt/messaging';
import { BeoordelingBesluit, DossierAfsluiting, Informatie, Taxatie } from './besluitvorming.entities';
import { Overdracht } from './contact-en-overdracht.entities';
import { Veiligheidsbeoordeling } from './veiligheidsbeoordeling.entity';

/** An assessment with what its next step depends on. */
export interface BeoordelingStand {
  beoordeling: Veiligheidsbeoordeling;
  dossierAfgesloten: boolean;
  taxatie?: Taxatie;
}

/** What a step writes, in one transaction with its events (outbox). */
export interface BesluitvormingTx {
  /** Locks the assessment for the rest of the transaction and reads its state again. */
  vergrendel(id: string): Promise<BeoordelingStand | undefined>;
  /** Applies these changes to the locked assessment. */
  wijzig(b: Veiligheidsbeoordeling, wijziging: Partial<Veiligheidsbeoordeling>): void;
  voegToe<T extends object>(entity: EntityName<T>, data: RequiredEntityData<T>): void;
  /** Inserts, or replaces the row with the same primary key. */
  vervang<T extends object>(entity: EntityName<T>, data: EntityData<T>): Promise<void>;
  publiceer<T>(def: EventDefinition<T>, event: OutgoingEvent<T>): void;
}

/** The port the use cases of §7.4, §8, §11.3 and §12.2 need; `besluitvorming.repository.fake.ts` for specs. */
export interface BesluitvormingRepositoryPort {
  /** `undefined` for an unknown assessment and for one of another region alike (contract §1: 404). */
  stand(id: string, regio: string): Promise<BeoordelingStand | undefined>;
  informatie(veiligheidsbeoordelingId: string): Promise<Informatie[]>;
  /** The decision and the handover of an assessment, where recorded. */
  besluitEnOverdracht(
    veiligheidsbeoordelingId: string,
  ): Promise<{ besluit?: BeoordelingBesluit; overdracht?: Overdracht }>;
  transactie<T>(werk: (tx: BesluitvormingTx) => Promise<T>): Promise<T>;
}

/** The unit of work (ADR 0012 rule 2): these writes are few per file and shaped like the entities. */
@Injectable()
export class BesluitvormingRepository implements BesluitvormingRepositoryPort {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async stand(id: string, regio: string): Promise<BeoordelingStand | undefined> {
    const stand = await standVan(this.em.fork(), id);
    return stand?.beoordeling.regio === regio ? stand : undefined;
  }

  async informatie(veiligheidsbeoordelingId: string): Promise<Informatie[]> {
    return this.em
      .fork()
      .find(Informatie, { veiligheidsbeoordelingId }, { orderBy: { vastgelegdOp: 'asc', id: 'asc' } });
  }

  async besluitEnOverdracht(
    veiligheidsbeoordelingId: string,
  ): Promise<{ besluit?: BeoordelingBesluit; overdracht?: Overdracht }> {
    const em = this.em.fork();
    const besluit = await em.findOne(BeoordelingBesluit, { veiligheidsbeoordelingId });
    const overdracht = await em.findOne(Overdracht, { veiligheidsbeoordelingId });
    return { ...(besluit ? { besluit } : {}), ...(overdracht ? { overdracht } : {}) };
  }

  async transactie<T>(werk: (tx: BesluitvormingTx) => Promise<T>): Promise<T> {
    return this.em.fork().transactional((em) =>
      werk({
        vergrendel: (id) => standVan(em, id, LockMode.PESSIMISTIC_WRITE),
        wijzig: (b, wijziging) => void Object.assign(b, wijziging),
        voegToe: (entity, data) => void em.persist(em.create(entity, data)),
        vervang: async (entity, data) => void (await em.upsert(entity, data)),
        publiceer: (def, event) => void this.outbox.add(em, def, event),
      }),
    );
  }
}

async function standVan(
  em: EntityManager,
  id: string,
  lockMode?: LockMode,
): Promise<BeoordelingStand | undefined> {
  const beoordeling = await em.findOne(Veiligheidsbeoordeling, { id }, lockMode ? { lockMode } : {});
  if (!beoordeling) return undefined;
  const afsluiting = await em.findOne(DossierAfsluiting, { dossierId: beoordeling.dossierId });
  const taxatie = await em.findOne(Taxatie, { veiligheidsbeoordelingId: id });
  return { beoordeling, dossierAfgesloten: afsluiting !== null, ...(taxatie ? { taxatie } : {}) };
}
