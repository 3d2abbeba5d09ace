/** Intake's advice records in memory, for the use-case specs; the real SQL is proven against PostgreSQL. */
import type { Advies, Adviesdossier, AmbtshalveBesluit } from './advies.entity';
import type { GemeldeMelding, NieuwAdvies } from './advies.repository';
import type { Adviesteksten } from '../privacy/advies-kluis.client';

/** The advice files in memory; records what the use case asks, in order. */
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
}

export class FakeAdviesKluis {
  readonly registraties: Adviesteksten[] = [];
  constructor(private readonly stappen: string[]) {}

  async registreer(o: Adviesteksten) {
    this.stappen.push('kluis');
    this.registraties.push(o);
    return {
      adviesvragerRef: o.adviesvrager ? 'vrager-ref' : undefined,
      aantekeningRefs: Object.fromEntries(o.teksten.map((t) => [t.sleutel, `ref-${t.sleutel}`])),
    };
  }
}
