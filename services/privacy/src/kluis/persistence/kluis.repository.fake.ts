import type {
  AantekeningRij,
  Kandidaat,
  KluisRepositoryPort,
  KluisWijzigingen,
  NieuweDataKey,
  NieuwePersoon,
  VerzegeldeAantekening,
} from './kluis.repository';

/** The vault's tables in memory, for the use-case specs; the SQL itself is proven against PostgreSQL. */
export class FakeKluisRepository implements KluisRepositoryPort {
  readonly dataKeys = new Map<string, NieuweDataKey>();
  readonly personen = new Map<string, NieuwePersoon>();
  readonly aantekeningen: AantekeningRij[] = [];
  readonly rollen = new Map<string, string>();
  readonly verzoeken = new Map<string, KluisWijzigingen['verzoek']>();
  readonly locks: string[][] = [];
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
      .map((p) => {
        const key = this.dataKeys.get(p.keyId);
        return { ...p, dataKeyBestaat: Boolean(key), wrapped: key?.wrapped ?? null };
      });
  }

  async countPersonen(persoonRefs: string[]): Promise<number> {
    return persoonRefs.filter((r) => this.personen.has(r)).length;
  }

  async findAantekeningen(refs: string[]): Promise<VerzegeldeAantekening[]> {
    return this.aantekeningen
      .filter((a) => refs.includes(a.aantekeningRef))
      .map((a) => ({ ...a, wrapped: this.dataKeys.get(a.keyId)?.wrapped ?? null }));
  }

  async vernietigAantekeningen(refs: string[]): Promise<void> {
    for (const a of this.aantekeningen.filter((r) => refs.includes(r.aantekeningRef))) {
      this.dataKeys.delete(a.keyId);
      this.aantekeningen.splice(this.aantekeningen.indexOf(a), 1);
    }
  }

  async save(w: KluisWijzigingen): Promise<void> {
    this.saves += 1;
    for (const k of w.dataKeys) this.dataKeys.set(k.keyId, k);
    for (const p of w.personen) this.personen.set(p.persoonRef, p);
    for (const a of w.aangevuld ?? []) {
      const p = this.personen.get(a.persoonRef);
      if (p) this.personen.set(a.persoonRef, { ...p, ...a });
    }
    this.aantekeningen.push(...w.aantekeningen);
    for (const d of w.dossierPersonen) this.rollen.set(`${d.dossierId}|${d.persoonRef}`, d.rol);
    this.verzoeken.set(w.verzoek.verzoekId, w.verzoek);
  }
}
