import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  type AdviesGeregistreerdV1,
  adviesGeregistreerdV1,
  adviesToestemmingIngetrokkenV1,
} from '@vt/contracts';
import { Outbox } from '@vt/messaging';
import { Melding } from '../../meldingen/persistence/melding.entity';
import { Advies, Adviesdossier, type AmbtshalveBesluit, Ondersteuningsactie } from './advies.entity';

/** An advice with its file: what a read, a follow-up or a decision on it starts from. */
export interface AdviesMetDossier {
  advies: Advies;
  dossier: Adviesdossier;
}

/** What registering one advice writes: its file when new, the advice, and its event. */
export interface NieuwAdvies {
  /** Absent for a follow-up: the advice joins its file (`advies.adviesdossierId`), whose retention moves. */
  nieuwDossier?: Adviesdossier;
  advies: Advies;
  /** The file's last contact and retention once this contact is on it (VT-15.3.4.1-a). */
  naContact: NaContact;
  event: (dossier: Adviesdossier) => AdviesGeregistreerdV1;
}

export type NaContact = (vorigeContactOp: Date) => { laatsteContactOp: Date; bewaarTot: string };

/** The report an advice became, as far as its answer needs it. */
export type GemeldeMelding = Pick<
  Melding,
  'id' | 'dossierId' | 'regio' | 'ontvangenOp' | 'status' | 'veiligheidsbeoordelingUiterlijk'
>;

/**
 * Intake's advice records through the unit of work (ADR 0012 rule 2: low volume, the entity graph). A
 * contact locks its file's row, so two follow-ups at once both move its retention, in order.
 */
@Injectable()
export class AdviesRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async advies(id: string): Promise<AdviesMetDossier | undefined> {
    const em = this.em.fork();
    const advies = await em.findOne(Advies, { id });
    if (!advies) return undefined;
    const dossier = await em.findOneOrFail(Adviesdossier, { id: advies.adviesdossierId });
    return { advies, dossier };
  }

  /** The file with this number in the region, and its latest advice (a follow-up links to it). */
  async dossierMetNummer(
    dossiernummer: string,
    regio: string,
  ): Promise<{ dossier: Adviesdossier; laatsteAdviesId: string } | undefined> {
    const em = this.em.fork();
    const dossier = await em.findOne(Adviesdossier, { dossiernummer, regio });
    if (!dossier) return undefined;
    const [laatste] = await em.find(
      Advies,
      { adviesdossierId: dossier.id },
      { orderBy: { contactOp: 'desc', id: 'desc' }, limit: 1, fields: ['id'] },
    );
    return { dossier, laatsteAdviesId: laatste.id };
  }

  async ondersteuningVan(adviesId: string): Promise<Ondersteuningsactie[]> {
    return this.em.fork().find(Ondersteuningsactie, { adviesId }, { orderBy: { uitgevoerdOp: 'asc' } });
  }

  async bestaatMelding(meldingId: string): Promise<GemeldeMelding | undefined> {
    const m = await this.em.fork().findOne(Melding, { id: meldingId });
    return m ?? undefined;
  }

  /** The advice, its file (new or with its retention moved) and its event, in one transaction. */
  async registreer(n: NieuwAdvies): Promise<Adviesdossier> {
    return this.em.fork().transactional(async (em) => {
      const dossier = n.nieuwDossier
        ? em.create(Adviesdossier, n.nieuwDossier)
        : await this.vergrendel(em, n.advies.adviesdossierId);
      Object.assign(dossier, n.naContact(dossier.laatsteContactOp));
      em.persist(em.create(Advies, n.advies));
      this.outbox.add(em, adviesGeregistreerdV1, {
        regio: n.advies.regio,
        subject: dossier.id,
        data: n.event(dossier),
      });
      return dossier;
    });
  }

  /** A support action is a contact: its file's retention moves with it (VT-15.3.4.1-a). */
  async legOndersteuningVast(
    actie: Ondersteuningsactie,
    adviesdossierId: string,
    naContact: NaContact,
  ): Promise<Adviesdossier> {
    return this.em.fork().transactional(async (em) => {
      const dossier = await this.vergrendel(em, adviesdossierId);
      Object.assign(dossier, naContact(dossier.laatsteContactOp));
      em.persist(em.create(Ondersteuningsactie, actie));
      return dossier;
    });
  }

  /** The seekers on the file that are still in the vault (a withdrawal covers the whole case). */
  async adviesvragersVan(adviesdossierId: string): Promise<string[]> {
    const adviezen = await this.em
      .fork()
      .find(Advies, { adviesdossierId, adviesvragerRef: { $ne: null } }, { fields: ['adviesvragerRef'] });
    return adviezen.map((a) => a.adviesvragerRef as string);
  }

  /**
   * VT-15.5-c: consent withdrawn on every advice of the file that had it: the refs go, the moment is
   * kept, and the withdrawal is announced, in one transaction. Nothing happens when none had consent.
   */
  async trekToestemmingIn(adviesdossierId: string, regio: string, nu: Date): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const adviezen = await em.find(Advies, { adviesdossierId, toestemmingRegistratie: true });
      if (adviezen.length === 0) return;
      for (const a of adviezen)
        Object.assign(a, {
          adviesvragerRef: null,
          toestemmingRegistratie: false,
          toestemmingIngetrokkenOp: nu,
        });
      this.outbox.add(em, adviesToestemmingIngetrokkenV1, {
        regio,
        subject: adviesdossierId,
        data: {
          adviesdossierId,
          regio,
          adviesIds: adviezen.map((a) => a.id),
          ingetrokkenOp: nu.toISOString(),
        },
      });
    });
  }

  /** Links the advice to the report it became, with the decision; false when it was linked already. */
  async koppelMelding(adviesId: string, meldingId: string, besluit: AmbtshalveBesluit): Promise<boolean> {
    const n = await this.em
      .fork()
      .nativeUpdate(Advies, { id: adviesId, meldingId: null }, { meldingId, ambtshalve: besluit });
    return n === 1;
  }

  /** Advice files kept until before `vandaag` (an Amsterdam date): their retention passed. */
  async verlopenDossiers(vandaag: string, aantal: number): Promise<string[]> {
    const dossiers = await this.em
      .fork()
      .find(
        Adviesdossier,
        { bewaarTot: { $lt: vandaag } },
        { fields: ['id'], orderBy: { bewaarTot: 'asc', id: 'asc' }, limit: aantal },
      );
    return dossiers.map((d) => d.id);
  }

  /** Deletes the files, their advice and (by cascade) their support actions, in one transaction. */
  async vernietig(adviesdossierIds: string[]): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      await em.nativeDelete(Advies, { adviesdossierId: { $in: adviesdossierIds } });
      await em.nativeDelete(Adviesdossier, { id: { $in: adviesdossierIds } });
    });
  }

  private vergrendel(em: EntityManager, id: string): Promise<Adviesdossier> {
    return em.findOneOrFail(Adviesdossier, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }
}
