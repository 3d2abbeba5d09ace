import { randomBytes } from 'node:crypto';
import type { OutboxBericht } from '@vt/messaging';
import type { SqlTransactie } from '@vt/persistence';
import type { PersoonGegevens } from '../../kluis/domain/persoon-gegevens';
import { KluisService } from '../../kluis/kluis.service';
import { privacyConfigFromEnv } from '../../privacy.config';
import type { Verzoek } from './verzoek.entity';
import type { KluisAantekening, KluisPersoon, VerzoekRepositoryPort } from './verzoek.repository';
import { FakeSleutelDienst } from '../../kluis/sleutels/sleutel-dienst.fake';
import type {
  NieuweToegang,
  ToegangslogRepository,
} from '../../toegangslog/persistence/toegangslog.repository';

/** The requests' repository in memory for the use-case specs; a transaction that throws leaves nothing. */
export class FakeVerzoekRepository implements VerzoekRepositoryPort {
  personen = new Map<string, KluisPersoon>();
  dossiers = new Map<string, string[]>();
  weerlegd = new Set<string>();
  verzoeken = new Map<string, Verzoek>();
  berichten: OutboxBericht[] = [];
  aantekeningen: KluisAantekening[] = [];

  async transaction<T>(werk: (tx: SqlTransactie) => Promise<T>): Promise<T> {
    const vorige = { verzoeken: new Map(this.verzoeken), berichten: [...this.berichten] };
    try {
      return await werk({ query: async () => [], naCommit: () => undefined });
    } catch (err) {
      Object.assign(this, vorige);
      throw err;
    }
  }

  async persoon(_tx: unknown, persoonRef: string): Promise<KluisPersoon | undefined> {
    return this.personen.get(persoonRef);
  }

  async delenDossier(_tx: unknown, a: string, b: string): Promise<boolean> {
    return [...this.dossiers.values()].some((leden) => leden.includes(a) && leden.includes(b));
  }

  async onderzoekWeerlegd(_tx: unknown, persoonRef: string): Promise<boolean> {
    return this.weerlegd.has(persoonRef);
  }

  async vind(_tx: unknown, id: string): Promise<Verzoek | undefined> {
    const v = this.verzoeken.get(id);
    return v && { ...v };
  }

  async voegToe(_tx: unknown, v: Verzoek, bericht: OutboxBericht): Promise<void> {
    this.verzoeken.set(v.id, { ...v });
    this.berichten.push(bericht);
  }

  async besluit(_tx: unknown, b: Parameters<VerzoekRepositoryPort['besluit']>[1]): Promise<boolean> {
    const v = this.verzoeken.get(b.id);
    if (!v || v.status !== 'ontvangen') return false;
    this.verzoeken.set(b.id, { ...v, ...b, status: 'besloten' });
    return true;
  }

  async voegBerichtenToe(_tx: unknown, berichten: OutboxBericht[]): Promise<void> {
    this.berichten.push(...berichten);
  }

  async eigenVerklaringen(_tx: unknown, persoonRef: string) {
    return [...this.verzoeken.values()].filter(
      (v) =>
        v.persoonRef === persoonRef &&
        v.soort === 'eigen-verklaring' &&
        v.uitkomst === 'toegewezen' &&
        v.teksten,
    );
  }

  async aantekeningenOver(_tx: unknown, persoonRef: string): Promise<KluisAantekening[]> {
    return this.aantekeningen.filter((a) => a.betreft.includes(persoonRef));
  }
}

/** The vault's real envelope with the development secrets, for the use-case specs. */
export function kluisVoorSpecs(): KluisService {
  return new KluisService(
    privacyConfigFromEnv({
      PRIVACY_KEK: sleutel(),
      PRIVACY_BIDX_KEY_BSN: sleutel(),
      PRIVACY_BIDX_KEY_NAAM: sleutel(),
    }),
  );
}

/** The key service in memory for the use-case specs: `opgeslagen` keeps its persons' keys there. */
export const sleutelsVoorSpecs = new FakeSleutelDienst();

/** The access log in memory for the use-case specs: what a use case logged, in order. */
export function toegangslogVoorSpecs(): Pick<ToegangslogRepository, 'voegToe'> & { regels: NieuweToegang[] } {
  const regels: NieuweToegang[] = [];
  return { regels, voegToe: async (nieuw) => void regels.push(...nieuw) };
}

/** A person as the vault stores him, sealed with the real envelope under a key of his own. */
export function opgeslagen(kluis: KluisService, gegevens: PersoonGegevens, regio = 'VR09') {
  const { rij, dataKey } = kluis.sealPersoon({ regio, gegevens, nietTerInzage: false, nu: new Date() });
  void sleutelsVoorSpecs.bewaar([dataKey]);
  return {
    persoonRef: rij.persoonRef,
    regio,
    gegevens: rij.gegevens,
    bidxBsn: null,
    bidxNaamGd: null,
    keyId: rij.keyId,
    nietTerInzage: false,
  };
}

const sleutel = () => randomBytes(32).toString('base64');
