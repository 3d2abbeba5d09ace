import type {
  AantekeningRij,
  Kandidaat,
  KluisRepositoryPort,
  KluisWijzigingen,
  NieuwePersoon,
  PersoonRij,
} from './kluis.repository';

/** The vault's tables in memory, for the use-case specs; the SQL itself is proven against PostgreSQL. */
export class FakeKluisRepository implements KluisRepositoryPort {
  readonly personen = new Map<string, NieuwePersoon>();
  readonly aantekeningen: AantekeningRij[] = [];
  readonly rollen = new Map<string, string>();
  readonly verzoeken = new Map<string, KluisWijzigingen['verzoek']>();
  readonly locks: string[][] = [];
  readonly toegang: NonNullable<KluisWijzigingen['toegang']> = [];
  saves = 0;

  async withLocks<T>(lockNames: string[], work: (tx: KluisRepositoryPort) => Promise<T>): Promise<T> {
    this.locks.push(lockNames);
    return work(this);
  }

  async findAntwoord<T>(verzoekId: string): Promise<T | undefined> {
    return this.verzoeken.get(verzoekId)?.antwoord as T | undefined;
  }

  async findKandidaten(bidxBsn: string[], bidxNaamGd: string[]): Promise<Kandidaat[]> {
    return [...this.personen.values()]
      .filter(
        (p) =>
          !p.nietTerInzage &&
          ((p.bidxBsn && bidxBsn.includes(p.bidxBsn)) || (p.bidxNaamGd && bidxNaamGd.includes(p.bidxNaamGd))),
      )
      .map(({ persoonRef, gegevens, bidxBsn, bidxNaamGd, keyId }) => ({
        persoonRef,
        gegevens,
        bidxBsn,
        bidxNaamGd,
        keyId,
      }));
  }

  async findPersoon(persoonRef: string): Promise<PersoonRij | undefined> {
    return this.personen.get(persoonRef);
  }

  async countPersonen(persoonRefs: string[]): Promise<number> {
    return persoonRefs.filter((r) => this.personen.has(r)).length;
  }

  async countNietTerInzage(persoonRefs: string[]): Promise<number> {
    return persoonRefs.filter((r) => this.personen.get(r)?.nietTerInzage).length;
  }

  async save(w: KluisWijzigingen): Promise<void> {
    this.saves += 1;
    for (const p of w.personen) this.personen.set(p.persoonRef, p);
    for (const a of w.aangevuld ?? []) {
      const p = this.personen.get(a.persoonRef);
      if (p) this.personen.set(a.persoonRef, { ...p, ...a });
    }
    this.aantekeningen.push(...w.aantekeningen);
    for (const d of w.dossierPersonen) this.rollen.set(`${d.dossierId}|${d.persoonRef}`, d.rol);
    this.verzoeken.set(w.verzoek.verzoekId, w.verzoek);
    this.toegang.push(...(w.toegang ?? []));
  }
}
