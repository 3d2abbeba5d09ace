import type {
  AantekeningRij,
  Kandidaat,
  KluisRepositoryPort,
  KluisWijzigingen,
  NieuwePersoon,
  MetSleutels,
  PersoonRij,
  Vernietigd,
  Vernietiging,
  VerzegeldeAantekening,
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

  async vernietigAdviesvragers(
    persoonRefs: string[],
    verzoek: Omit<KluisWijzigingen['verzoek'], 'antwoord'>,
  ): Promise<MetSleutels<number>> {
    const doel = persoonRefs.filter((ref) => {
      const rollen = [...this.rollen]
        .filter(([sleutel]) => sleutel.endsWith(`|${ref}`))
        .map(([, rol]) => rol);
      return this.personen.has(ref) && rollen.length > 0 && rollen.every((r) => r === 'adviesvrager');
    });
    const keyIds = doel.flatMap((ref) => this.personen.get(ref)?.keyId ?? []);
    for (const ref of doel) {
      this.personen.delete(ref);
      for (const sleutel of [...this.rollen.keys()])
        if (sleutel.endsWith(`|${ref}`)) this.rollen.delete(sleutel);
    }
    this.verzoeken.set(verzoek.verzoekId, { ...verzoek, antwoord: { vernietigd: doel.length } });
    return { antwoord: doel.length, keyIds };
  }

  async vernietigAdviezen(
    adviesdossierIds: string[],
    verzoek: Omit<KluisWijzigingen['verzoek'], 'antwoord'>,
  ): Promise<MetSleutels<{ aantekeningen: number; adviesvragers: number }>> {
    const teksten = this.aantekeningen.filter(
      (a) => adviesdossierIds.includes(a.dossierId) && a.soort.startsWith('advies.'),
    );
    for (const t of teksten) this.aantekeningen.splice(this.aantekeningen.indexOf(t), 1);
    const vragers = [...this.rollen]
      .filter(([sleutel, rol]) => rol === 'adviesvrager' && adviesdossierIds.includes(sleutel.split('|')[0]))
      .map(([sleutel]) => sleutel.split('|')[1]);
    const vragersWeg = await this.vernietigAdviesvragers(vragers, {
      ...verzoek,
      verzoekId: `${verzoek.verzoekId}|vragers`,
    });
    const antwoord = { aantekeningen: teksten.length, adviesvragers: vragersWeg.antwoord };
    this.verzoeken.set(verzoek.verzoekId, { ...verzoek, antwoord });
    return { antwoord, keyIds: [...teksten.map((t) => t.keyId), ...vragersWeg.keyIds] };
  }

  async countNietTerInzage(persoonRefs: string[]): Promise<number> {
    return persoonRefs.filter((r) => this.personen.get(r)?.nietTerInzage).length;
  }

  async findAantekeningen(refs: string[]): Promise<VerzegeldeAantekening[]> {
    return this.aantekeningen.filter((a) => refs.includes(a.aantekeningRef));
  }

  async vernietigAantekeningen(refs: string[]): Promise<string[]> {
    const weg = this.aantekeningen.filter((r) => refs.includes(r.aantekeningRef));
    for (const a of weg) this.aantekeningen.splice(this.aantekeningen.indexOf(a), 1);
    return weg.map((a) => a.keyId);
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

  async vernietig(
    v: Vernietiging,
    verzoek: Omit<KluisWijzigingen['verzoek'], 'antwoord'>,
  ): Promise<MetSleutels<Vernietigd>> {
    const teksten = this.aantekeningen.filter(
      (a) =>
        a.regio === v.regio && a.dossierId === v.dossierId && v.aantekeningRefs.includes(a.aantekeningRef),
    );
    const mensen = [...this.personen.values()].filter(
      (p) => p.regio === v.regio && v.persoonRefs.includes(p.persoonRef),
    );
    const keyIds = [...teksten, ...mensen].map((k) => k.keyId);
    for (const t of teksten) this.aantekeningen.splice(this.aantekeningen.indexOf(t), 1);
    for (const m of mensen) this.personen.delete(m.persoonRef);
    for (const k of [...this.rollen.keys()]) {
      if (mensen.some((m) => k.endsWith(`|${m.persoonRef}`))) this.rollen.delete(k);
    }
    const antwoord = { vernietigdeAantekeningen: teksten.length, vernietigdePersonen: mensen.length };
    this.verzoeken.set(verzoek.verzoekId, { ...verzoek, antwoord });
    return { antwoord, keyIds };
  }
}
