import type { Adviesteksten } from '../privacy/advies-kluis.client';
import type { Advies, Adviesdossier, AmbtshalveBesluit, Ondersteuningsactie } from './advies.entity';
import type { GemeldeMelding, NaContact, NieuwAdvies } from './advies.repository';

/**
 * Intake's advice records in memory for the use-case specs (the repository itself is proven against
 * PostgreSQL); records what the use case asks, in order.
 */
export class FakeAdviesRepository {
  readonly stappen: string[] = [];
  readonly dossiers = new Map<string, Adviesdossier>();
  readonly adviezen = new Map<string, Advies>();
  readonly events: unknown[] = [];

  async advies(id: string) {
    const advies = this.adviezen.get(id);
    return advies && { advies, dossier: this.dossiers.get(advies.adviesdossierId) as Adviesdossier };
  }

  async dossierMetNummer(nummer: string, regio: string) {
    const dossier = [...this.dossiers.values()].find((d) => d.dossiernummer === nummer && d.regio === regio);
    const laatste = [...this.adviezen.values()].filter((a) => a.adviesdossierId === dossier?.id).at(-1);
    return dossier && laatste ? { dossier, laatsteAdviesId: laatste.id } : undefined;
  }

  async registreer(n: NieuwAdvies): Promise<Adviesdossier> {
    this.stappen.push('registreer');
    const dossier = n.nieuwDossier ?? (this.dossiers.get(n.advies.adviesdossierId) as Adviesdossier);
    Object.assign(dossier, n.naContact(dossier.laatsteContactOp));
    this.dossiers.set(dossier.id, dossier);
    this.adviezen.set(n.advies.id, n.advies);
    this.events.push(n.event(dossier));
    return dossier;
  }

  readonly meldingen = new Map<string, GemeldeMelding>();

  async bestaatMelding(meldingId: string): Promise<GemeldeMelding | undefined> {
    return this.meldingen.get(meldingId);
  }

  async koppelMelding(adviesId: string, meldingId: string, besluit: AmbtshalveBesluit): Promise<boolean> {
    this.stappen.push('koppel');
    const advies = this.adviezen.get(adviesId);
    if (!advies || advies.meldingId) return false;
    Object.assign(advies, { meldingId, ambtshalve: besluit });
    return true;
  }

  readonly ondersteuning: Ondersteuningsactie[] = [];

  async legOndersteuningVast(actie: Ondersteuningsactie, adviesdossierId: string, naContact: NaContact) {
    this.stappen.push('ondersteuning');
    const dossier = this.dossiers.get(adviesdossierId) as Adviesdossier;
    Object.assign(dossier, naContact(dossier.laatsteContactOp));
    this.ondersteuning.push(actie);
    return dossier;
  }

  async adviesvragersVan(adviesdossierId: string): Promise<string[]> {
    return [...this.adviezen.values()]
      .filter((a) => a.adviesdossierId === adviesdossierId && a.adviesvragerRef)
      .map((a) => a.adviesvragerRef as string);
  }

  async trekToestemmingIn(adviesdossierId: string, _regio: string, nu: Date): Promise<void> {
    this.stappen.push('trek in');
    for (const a of this.adviezen.values())
      if (a.adviesdossierId === adviesdossierId && a.toestemmingRegistratie)
        Object.assign(a, {
          adviesvragerRef: null,
          toestemmingRegistratie: false,
          toestemmingIngetrokkenOp: nu,
        });
  }

  async verlopenDossiers(vandaag: string, aantal: number): Promise<string[]> {
    return [...this.dossiers.values()]
      .filter((d) => d.bewaarTot < vandaag)
      .map((d) => d.id)
      .slice(0, aantal);
  }

  async vernietig(ids: string[]): Promise<void> {
    this.stappen.push(`vernietig ${ids.length}`);
    for (const id of ids) this.dossiers.delete(id);
    for (const [id, a] of this.adviezen) if (ids.includes(a.adviesdossierId)) this.adviezen.delete(id);
  }
}

export class FakeAdviesKluis {
  readonly registraties: Adviesteksten[] = [];
  readonly vernietigd: string[][] = [];
  constructor(private readonly stappen: string[]) {}

  async vernietigAdviesvragers(_verzoekId: string, refs: string[]) {
    this.stappen.push('kluis vernietig');
    this.vernietigd.push(refs);
  }

  async vernietigAdviezen(_verzoekId: string, ids: string[]) {
    this.stappen.push('kluis vernietig');
    this.vernietigd.push(ids);
  }

  async registreer(o: Adviesteksten) {
    this.stappen.push('kluis');
    this.registraties.push(o);
    return {
      adviesvragerRef: o.adviesvrager ? 'vrager-ref' : undefined,
      aantekeningRefs: Object.fromEntries(o.teksten.map((t) => [t.sleutel, `ref-${t.sleutel}`])),
    };
  }
}
