import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PRIVACY_CONFIG, type PrivacyConfig } from '../privacy.config';
import { type Dossiervorming, isBsn } from '@vt/contracts';
import { blindIndex, KeyDestroyed, newDataKey, open, seal } from './crypto/envelope';
import type { PersoonGegevens } from './domain/persoon-gegevens';
import { naamGeboortedatum, type RadarIndexen, type RadarOpgave, type Vergelijkbaar } from './domain/radar';
import type { DataKey } from './persistence/kluis.entities';
import type { Aanvulling, AantekeningRij, Kandidaat, NieuwePersoon } from './persistence/kluis.repository';
import type { NieuweSleutel } from './sleutels/sleutel-dienst';

const SCHEMA_VERSIE = 'v1';

/** A stored candidate the radar can compare, with his data key to seal what a report adds to him. */
export interface GeopendeKandidaat extends Vergelijkbaar {
  keyId: string;
  dataKey(): Buffer;
  /** Whether the radar decrypted him: each decryption is logged (ADR 0023). */
  geopend(): boolean;
}

/**
 * Seals and opens personal data explicitly (never through an ORM type: the identity map would cache
 * plaintext). Every ciphertext is bound by its AAD to table, column, row and owner.
 */
@Injectable()
export class KluisService {
  constructor(@Inject(PRIVACY_CONFIG) private readonly cfg: PrivacyConfig) {}

  /** A new data key for one owner; the key service wraps it and stores it in `privacy_keys`. */
  newDataKey(eigenaarSoort: DataKey['eigenaarSoort'], eigenaarRef: string, nu: Date): NieuweSleutel {
    return { keyId: randomUUID(), eigenaarSoort, eigenaarRef, dataKey: newDataKey(), aangemaaktOp: nu };
  }

  /** A new person's row sealed under a data key of his own, indexed unless he is niet-ter-inzage. */
  sealPersoon(p: {
    regio: string;
    gegevens: PersoonGegevens;
    bsn?: string;
    naamGd?: string;
    nietTerInzage: boolean;
    nu: Date;
  }): { rij: NieuwePersoon; dataKey: NieuweSleutel } {
    const persoonRef = randomUUID();
    const sleutel = this.newDataKey('persoon', persoonRef, p.nu);
    return {
      dataKey: sleutel,
      rij: {
        persoonRef,
        regio: p.regio,
        keyId: sleutel.keyId,
        gegevens: this.sealPersoonGegevens(sleutel, persoonRef, p.gegevens),
        bidxBsn: p.bsn && !p.nietTerInzage ? this.bidxBsn(p.bsn) : null,
        bidxNaamGd: p.naamGd && !p.nietTerInzage ? this.bidxNaamGeboortedatum(p.naamGd) : null,
        nietTerInzage: p.nietTerInzage,
        aangemaaktOp: p.nu,
      },
    };
  }

  /** A person's record is bound to its row and person: it cannot be moved to another one. */
  sealPersoonGegevens(
    sleutel: Pick<NieuweSleutel, 'keyId' | 'dataKey'>,
    persoonRef: string,
    gegevens: PersoonGegevens,
  ): Buffer {
    return this.sealJson(sleutel, gegevens, persoonAad(persoonRef));
  }

  /**
   * A known person's completed record, sealed again under his own data key (so destroying him still
   * destroys it), with the blind indexes he is known by now; `naamGd` undefined keeps the stored one.
   */
  sealAanvulling(kandidaat: GeopendeKandidaat, gegevens: PersoonGegevens, naamGd?: string): Aanvulling {
    return {
      persoonRef: kandidaat.persoonRef,
      gegevens: this.sealPersoonGegevens(
        { keyId: kandidaat.keyId, dataKey: kandidaat.dataKey() },
        kandidaat.persoonRef,
        gegevens,
      ),
      // Identity fields are only ever added, so his BSN is either the stored one or the report's.
      bidxBsn: gegevens.bsn ? this.bidxBsn(gegevens.bsn) : null,
      bidxNaamGd: naamGd ? this.bidxNaamGeboortedatum(naamGd) : kandidaat.bidxNaamGd,
    };
  }

  /**
   * Opens a stored candidate lazily and once: most calls never need to decrypt anyone. `geopend` says
   * whether it was, so the call can log every decryption (VT-15.x access log, ADR 0023).
   */
  openKandidaat(k: Kandidaat, dataKey: Buffer | undefined): GeopendeKandidaat {
    let gegevens: PersoonGegevens | undefined;
    const key = () => {
      if (!dataKey) throw new KeyDestroyed(k.keyId);
      return dataKey;
    };
    return {
      persoonRef: k.persoonRef,
      keyId: k.keyId,
      bidxBsn: k.bidxBsn,
      bidxNaamGd: k.bidxNaamGd,
      dataKey: key,
      geopend: () => gegevens !== undefined,
      gegevens: () => {
        gegevens ??= this.openJson<PersoonGegevens>(key(), k.gegevens, persoonAad(k.persoonRef));
        return gegevens;
      },
    };
  }

  /** A person's stored record; the caller logs the read first. */
  openPersoon(persoonRef: string, gegevens: Buffer, dataKey: Buffer): PersoonGegevens {
    return this.openJson<PersoonGegevens>(dataKey, gegevens, persoonAad(persoonRef));
  }

  /** Seals each free text of a file under a fresh data key of its own: the reply's refs, rows and keys. */
  sealAantekeningen(
    aantekeningen: readonly TeVerzegelenAantekening[],
    bij: { regio: string; dossierId: string; nu: Date },
  ): {
    refs: { sleutel: string; aantekeningRef: string }[];
    rijen: AantekeningRij[];
    dataKeys: NieuweSleutel[];
  } {
    const verzegeld = aantekeningen.map((a) => this.sealAantekening({ ...a, ...bij }));
    return {
      refs: verzegeld.map(({ rij }, i) => ({
        sleutel: aantekeningen[i].sleutel,
        aantekeningRef: rij.aantekeningRef,
      })),
      rijen: verzegeld.map((v) => v.rij),
      dataKeys: verzegeld.map((v) => v.dataKey),
    };
  }

  private sealAantekening(a: TeVerzegelenAantekening & { regio: string; dossierId: string; nu: Date }): {
    rij: AantekeningRij;
    dataKey: NieuweSleutel;
  } {
    const aantekeningRef = randomUUID();
    const sleutel = this.newDataKey('aantekening', aantekeningRef, a.nu);
    const tekst = this.sealJson(sleutel, a.tekst, {
      table: 'aantekening',
      column: 'tekst',
      rowId: aantekeningRef,
    });
    return {
      dataKey: sleutel,
      rij: {
        aantekeningRef,
        regio: a.regio,
        dossierId: a.dossierId,
        soort: a.soort,
        keyId: sleutel.keyId,
        tekst,
        betreft: [...a.betreft],
        nietTerInzage: a.nietTerInzage ?? false,
        aangemaaktOp: a.nu,
        ...this.dossiervormingVan(sleutel, aantekeningRef, a.dossiervorming),
      },
    };
  }

  /**
   * A note's file-keeping rules (§15.4, §2.1.8): the codes as columns, the free text sealed under the
   * note's own key; without them the note is recorded as incomplete.
   */
  private dossiervormingVan(
    sleutel: NieuweSleutel,
    aantekeningRef: string,
    d: Dossiervorming | undefined,
  ): Pick<
    AantekeningRij,
    | 'aard'
    | 'bronSoort'
    | 'actueelContact'
    | 'medisch'
    | 'informantAccordering'
    | 'zienswijzeBetrokkene'
    | 'belastend'
    | 'belastendZienswijzeRef'
    | 'onvolledig'
    | 'dossiervorming'
  > {
    const vrijeTekst = d && {
      status: d.status,
      bron: d.bron.omschrijving,
      medisch: d.medisch,
      nietGevraagdReden: d.belastend?.nietGevraagdReden,
    };
    return {
      aard: d?.aard ?? null,
      bronSoort: d?.bron.soort ?? null,
      actueelContact: d?.actueelContact ?? null,
      medisch: Boolean(d?.medisch),
      informantAccordering: d?.informantAccordering ?? null,
      zienswijzeBetrokkene: d?.zienswijzeBetrokkene ?? false,
      belastend: Boolean(d?.belastend),
      belastendZienswijzeRef: d?.belastend?.zienswijzeRef ?? null,
      onvolledig: !d,
      dossiervorming: vrijeTekst
        ? this.sealJson(sleutel, vrijeTekst, {
            table: 'aantekening',
            column: 'dossiervorming',
            rowId: aantekeningRef,
          })
        : null,
    };
  }

  /** Opens a text sealed by `sealAantekeningen` with its unwrapped key; a destroyed key throws `KeyDestroyed`. */
  openAantekening(
    a: { aantekeningRef: string; tekst: Buffer; keyId: string },
    dataKey: Buffer | undefined,
  ): string {
    if (!dataKey) throw new KeyDestroyed(a.keyId);
    return this.openJson<string>(dataKey, a.tekst, {
      table: 'aantekening',
      column: 'tekst',
      rowId: a.aantekeningRef,
    });
  }

  /** Sealed under a data key, the ciphertext's header naming that key (format v1, ADR 0023). */
  sealJson(sleutel: Pick<NieuweSleutel, 'keyId' | 'dataKey'>, value: unknown, aad: Aad): Buffer {
    return seal(sleutel.dataKey, Buffer.from(JSON.stringify(value), 'utf8'), aadString(aad), sleutel.keyId);
  }

  openJson<T>(dataKey: Buffer, sealed: Buffer, aad: Aad): T {
    return JSON.parse(open(dataKey, sealed, aadString(aad)).toString('utf8')) as T;
  }

  /** The blind indexes the radar compares a person of a call by. */
  radarIndexen(p: RadarOpgave): RadarIndexen {
    const naamGd = naamGeboortedatum(p);
    return { bsn: p.bsn && this.bidxBsn(p.bsn), naamGd: naamGd && this.bidxNaamGeboortedatum(naamGd) };
  }

  /** Only a BSN that passes the eleven-test is indexed (a typo must not find, or become, someone else). */
  bidxBsn(bsn: string): string {
    if (!isBsn(bsn)) throw new Error('not a BSN: the eleven-test fails');
    return blindIndex(this.cfg.bidxKeyBsn, bsn, this.cfg.bidxBits);
  }

  /** `waarde`: the normalised surname + birth date (`naamGeboortedatum`). */
  bidxNaamGeboortedatum(waarde: string): string {
    return blindIndex(this.cfg.bidxKeyNaam, waarde, this.cfg.bidxBits);
  }
}

/** A free text as a command carries it; `sleutel` is the caller's label for it in the reply. */
export interface TeVerzegelenAantekening {
  sleutel: string;
  soort: string;
  tekst: string;
  /** persoonRefs the text is about. */
  betreft: readonly string[];
  nietTerInzage?: boolean;
  dossiervorming?: Dossiervorming;
}

export interface Aad {
  table: string;
  column: string;
  rowId: string;
  persoonRef?: string;
}

function persoonAad(persoonRef: string): Aad {
  return { table: 'persoon', column: 'gegevens', rowId: persoonRef, persoonRef };
}

function aadString(a: Aad): string {
  return [a.table, a.column, a.rowId, a.persoonRef ?? '-', SCHEMA_VERSIE].join('|');
}
