import type { Melding } from '../persistence/melding.entity';
import type {
  BesluitTransactie,
  MeldingBesluitenRepository,
} from '../persistence/melding-besluiten.repository';
import type { MeldingIntrekking } from '../persistence/melding-intrekking.entity';
import type { KluisClient, LegTekstenVast } from '../privacy/kluis.client';

/** A report as intake stores it, for the decision specs. */
export function opgeslagenMelding(aanpassing: Partial<Melding> = {}): Melding {
  return {
    id: 'm1',
    dossierId: 'd1',
    regio: 'VR09',
    gemeentecode: 'GM0344',
    kanaal: 'telefoon',
    ontvangenOp: new Date('2026-03-02T09:00:00Z'),
    spoed: false,
    status: 'niet-in-behandeling',
    melderType: 'omstander',
    melderRef: null,
    anonimiteit: 'tov-veilig-thuis',
    schaalvraag: 3,
    aantekeningRefs: { 'zorgen.omschrijving': 'a1' },
    veiligheidsbeoordelingUiterlijk: '2026-03-09',
    zichtOpVeiligheidUiterlijk: '2026-03-10',
    geregistreerdDoor: 'medewerker-1',
    geregistreerdOp: new Date('2026-03-02T09:00:00Z'),
    ...aanpassing,
  } as Melding;
}

/** Records what a decision asks of its transaction; nothing is committed. */
export class FakeBesluiten {
  readonly stappen: string[] = [];
  readonly events: { type: string; data: unknown }[] = [];
  readonly intrekkingen: MeldingIntrekking[] = [];
  verwijderd = false;
  gesloten = false;
  constructor(
    public melding: Melding | null,
    private readonly anderen = 0,
  ) {}

  async besluit<T>(werk: (tx: BesluitTransactie) => Promise<T>): Promise<T> {
    this.stappen.push('begin');
    const r = await werk({
      melding: async () => (this.stappen.push('vergrendel melding'), this.melding),
      dossierPersonen: async () => [{ persoonRef: 'kind-ref', rol: 'kind' }],
      andereMeldingen: async () => this.anderen,
      verwijder: () => void ((this.verwijderd = true), this.stappen.push('verwijder')),
      sluitDossier: async () => void ((this.gesloten = true), this.stappen.push('sluit dossier')),
      bewaarIntrekking: (rij) => void this.intrekkingen.push(rij),
      meld: (def, e) => void this.events.push({ type: def.type, data: e.data }),
    });
    this.stappen.push('commit');
    return r;
  }

  get asRepository(): MeldingBesluitenRepository {
    return this as unknown as MeldingBesluitenRepository;
  }
}

/** A vault that seals every text under `ref-<sleutel>` and records what it destroys. */
export class FakeKluisBesluiten {
  readonly vastgelegd: LegTekstenVast[] = [];
  readonly vernietigd: unknown[] = [];
  constructor(private readonly stappen: string[]) {}

  async legTekstenVast(o: LegTekstenVast): Promise<Record<string, string>> {
    this.stappen.push('kluis teksten');
    this.vastgelegd.push(o);
    return Object.fromEntries(o.teksten.map((t) => [t.sleutel, `ref-${t.sleutel}`]));
  }

  async vernietigMelding(o: unknown) {
    this.stappen.push('kluis vernietig');
    this.vernietigd.push(o);
    return { vernietigdeAantekeningen: 1, vernietigdePersonen: 1 };
  }

  get asClient(): KluisClient {
    return this as unknown as KluisClient;
  }
}
