import type {
  AantekeningRij,
  Kandidaat,
  KluisRepositoryPort,
  KluisWijzigingen,
  NieuweDataKey,
  NieuwePersoon,
  Vernietigd,
  Vernietiging,
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

  async vernietigAdviesvragers(
    persoonRefs: string[],
    verzoek: Omit<KluisWijzigingen['verzoek'], 'antwoord'>,
  ): Promise<number> {
    const doel = persoonRefs.filter((ref) => {
      const rollen = [...this.rollen]
        .filter(([sleutel]) => sleutel.endsWith(`|${ref}`))
        .map(([, rol]) => rol);
      return this.personen.has(ref) && rollen.length > 0 && rollen.every((r) => r === 'adviesvrager');
    });
    for (const ref of doel) {
      const keyId = this.personen.get(ref)?.keyId;
      if (keyId) this.dataKeys.delete(keyId);
      this.personen.delete(ref);
      for (const sleutel of [...this.rollen.keys()])
        if (sleutel.endsWith(`|${ref}`)) this.rollen.delete(sleutel);
    }
    this.verzoeken.set(verzoek.verzoekId, { ...verzoek, antwoord: { vernietigd: doel.length } });
    return doel.length;
  }

  async vernietigAdviezen(
    adviesdossierIds: string[],
    verzoek: Omit<KluisWijzigingen['verzoek'], 'antwoord'>,
  ): Promise<{ aantekeningen: number; adviesvragers: number }> {
    const teksten = this.aantekeningen.filter(
      (a) => adviesdossierIds.includes(a.dossierId) && a.soort.startsWith('advies.'),
    );
    for (const t of teksten) this.aantekeningen.splice(this.aantekeningen.indexOf(t), 1);
    const vragers = [...this.rollen]
      .filter(([sleutel, rol]) => rol === 'adviesvrager' && adviesdossierIds.includes(sleutel.split('|')[0]))
      .map(([sleutel]) => sleutel.split('|')[1]);
    const adviesvragers = await this.vernietigAdviesvragers(vragers, {
      ...verzoek,
      verzoekId: `${verzoek.verzoekId}|vragers`,
    });
    const antwoord = { aantekeningen: teksten.length, adviesvragers };
    this.verzoeken.set(verzoek.verzoekId, { ...verzoek, antwoord });
    return antwoord;
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

  async vernietig(
    v: Vernietiging,
    verzoek: Omit<KluisWijzigingen['verzoek'], 'antwoord'>,
  ): Promise<Vernietigd> {
    const teksten = this.aantekeningen.filter(
      (a) =>
        a.regio === v.regio && a.dossierId === v.dossierId && v.aantekeningRefs.includes(a.aantekeningRef),
    );
    const mensen = [...this.personen.values()].filter(
      (p) => p.regio === v.regio && v.persoonRefs.includes(p.persoonRef),
    );
    for (const k of [...teksten, ...mensen]) this.dataKeys.delete(k.keyId);
    for (const t of teksten) this.aantekeningen.splice(this.aantekeningen.indexOf(t), 1);
    for (const m of mensen) this.personen.delete(m.persoonRef);
    for (const k of [...this.rollen.keys()]) {
      if (mensen.some((m) => k.endsWith(`|${m.persoonRef}`))) this.rollen.delete(k);
    }
    const antwoord = { vernietigdeAantekeningen: teksten.length, vernietigdePersonen: mensen.length };
    this.verzoeken.set(verzoek.verzoekId, { ...verzoek, antwoord });
    return antwoord;
  }
}
