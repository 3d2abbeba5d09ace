import type { EventDefinition } from '@vt/contracts';
import type { OutgoingEvent } from '@vt/messaging';
import type {
  BeoordelingStand,
  BesluitvormingRepositoryPort,
  BesluitvormingTx,
} from './besluitvorming.repository';
import {
  type BeoordelingBesluit,
  DossierAfsluiting,
  type Informatie,
  Taxatie,
} from './besluitvorming.entities';
import type { Overdracht } from './contact-en-overdracht.entities';
import type { Veiligheidsbeoordeling } from './veiligheidsbeoordeling.entity';

/** In memory, for use-case specs: rows per entity name, events in order; a failed transaction leaves nothing. */
export class FakeBesluitvormingRepository implements BesluitvormingRepositoryPort {
  readonly beoordelingen = new Map<string, Veiligheidsbeoordeling>();
  readonly rijen = new Map<string, object[]>();
  readonly events: { type: string; data: unknown }[] = [];

  voegBeoordelingToe(b: Veiligheidsbeoordeling): void {
    this.beoordelingen.set(b.id, b);
  }

  van<T extends object>(entity: { name: string }): T[] {
    return (this.rijen.get(entity.name) ?? []) as T[];
  }

  async stand(id: string, regio: string): Promise<BeoordelingStand | undefined> {
    const b = this.beoordelingen.get(id);
    return b && b.regio === regio ? this.standVan(b) : undefined;
  }

  async informatie(veiligheidsbeoordelingId: string): Promise<Informatie[]> {
    return this.van<Informatie>({ name: 'Informatie' }).filter(
      (i) => i.veiligheidsbeoordelingId === veiligheidsbeoordelingId,
    );
  }

  async besluitEnOverdracht(
    veiligheidsbeoordelingId: string,
  ): Promise<{ besluit?: BeoordelingBesluit; overdracht?: Overdracht }> {
    const van = <T extends { veiligheidsbeoordelingId: string }>(naam: string) =>
      this.van<T>({ name: naam }).find((r) => r.veiligheidsbeoordelingId === veiligheidsbeoordelingId);
    const besluit = van<BeoordelingBesluit>('BeoordelingBesluit');
    const overdracht = van<Overdracht>('Overdracht');
    return { ...(besluit ? { besluit } : {}), ...(overdracht ? { overdracht } : {}) };
  }

  async transactie<T>(werk: (tx: BesluitvormingTx) => Promise<T>): Promise<T> {
    const rijen = new Map<string, object[]>();
    const events: { type: string; data: unknown }[] = [];
    const wijzigingen: [Veiligheidsbeoordeling, Partial<Veiligheidsbeoordeling>][] = [];
    const naam = (entity: unknown) =>
      typeof entity === 'string' ? entity : (entity as { name: string }).name;
    const tx: BesluitvormingTx = {
      vergrendel: async (id) => {
        const b = this.beoordelingen.get(id);
        return b && this.standVan(b);
      },
      wijzig: (b, wijziging) => void wijzigingen.push([b, wijziging]),
      voegToe: (entity, data) => void rijen.set(naam(entity), [...(rijen.get(naam(entity)) ?? []), data]),
      vervang: async (entity, data) => void rijen.set(`vervang:${naam(entity)}`, [data]),
      publiceer: <E>(def: EventDefinition<E>, event: OutgoingEvent<E>) =>
        void events.push({ type: def.type, data: event.data }),
    };
    const uitkomst = await werk(tx);
    // Committed: only now does anything become visible.
    for (const [b, wijziging] of wijzigingen) Object.assign(b, wijziging);
    for (const [sleutel, nieuw] of rijen) {
      if (sleutel.startsWith('vervang:')) this.vervangRij(sleutel.slice('vervang:'.length), nieuw[0]);
      else this.rijen.set(sleutel, [...(this.rijen.get(sleutel) ?? []), ...nieuw]);
    }
    this.events.push(...events);
    return uitkomst;
  }

  private vervangRij(naam: string, rij: object): void {
    const id = (rij as { veiligheidsbeoordelingId: string }).veiligheidsbeoordelingId;
    const rest = (this.rijen.get(naam) ?? []).filter(
      (r) => (r as { veiligheidsbeoordelingId: string }).veiligheidsbeoordelingId !== id,
    );
    this.rijen.set(naam, [...rest, rij]);
  }

  private standVan(b: Veiligheidsbeoordeling): BeoordelingStand {
    const afgesloten = this.van<DossierAfsluiting>(DossierAfsluiting).some(
      (a) => a.dossierId === b.dossierId,
    );
    const taxatie = this.van<Taxatie>(Taxatie).find((t) => t.veiligheidsbeoordelingId === b.id);
    return { beoordeling: b, dossierAfgesloten: afgesloten, ...(taxatie ? { taxatie } : {}) };
  }
}
