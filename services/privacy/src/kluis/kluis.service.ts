import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PRIVACY_CONFIG, type PrivacyConfig } from '../privacy.config';
import { blindIndex, KeyDestroyed, newDataKey, open, seal, unwrapKey, wrapKey } from './crypto/envelope';
import type { PersoonGegevens } from './domain/persoon-gegevens';
import type { Vergelijkbaar } from './domain/radar';
import type { DataKey } from './persistence/kluis.entities';
import type { AantekeningRij, Kandidaat, NieuweDataKey, NieuwePersoon } from './persistence/kluis.repository';

const SCHEMA_VERSIE = 'v1';

/** A stored candidate the radar can compare, with his data key to seal what a report adds to him. */
export interface GeopendeKandidaat extends Vergelijkbaar {
  dataKey(): Buffer;
}

/**
 * Seals and opens personal data explicitly (never through an ORM type: the identity map would cache
 * plaintext). Every ciphertext is bound by its AAD to table, column, row and owner.
 */
@Injectable()
export class KluisService {
  constructor(@Inject(PRIVACY_CONFIG) private readonly cfg: PrivacyConfig) {}

  /** A new data key for one owner and its wrapped form, which the caller stores in `privacy_keys`. */
  newDataKey(
    eigenaarSoort: DataKey['eigenaarSoort'],
    eigenaarRef: string,
    nu: Date,
  ): { dataKey: Buffer; rij: NieuweDataKey } {
    const keyId = randomUUID();
    const dataKey = newDataKey();
    return {
      dataKey,
      rij: {
        keyId,
        eigenaarSoort,
        eigenaarRef,
        wrapped: wrapKey(this.cfg.kek, dataKey, keyId),
        aangemaaktOp: nu,
      },
    };
  }

  /** A new person's row sealed under a data key of his own, indexed unless he is niet-ter-inzage. */
  sealPersoon(p: {
    regio: string;
    gegevens: PersoonGegevens;
    bsn?: string;
    naamGd?: string;
    nietTerInzage: boolean;
    nu: Date;
  }): { rij: NieuwePersoon; dataKey: NieuweDataKey } {
    const persoonRef = randomUUID();
    const { dataKey, rij } = this.newDataKey('persoon', persoonRef, p.nu);
    return {
      dataKey: rij,
      rij: {
        persoonRef,
        regio: p.regio,
        keyId: rij.keyId,
        gegevens: this.sealPersoonGegevens(dataKey, persoonRef, p.gegevens),
        bidxBsn: p.bsn && !p.nietTerInzage ? this.bidxBsn(p.bsn) : null,
        bidxNaamGd: p.naamGd && !p.nietTerInzage ? this.bidxNaamGeboortedatum(p.naamGd) : null,
        nietTerInzage: p.nietTerInzage,
        aangemaaktOp: p.nu,
      },
    };
  }

  /** A person's record is bound to its row and person: it cannot be moved to another one. */
  sealPersoonGegevens(dataKey: Buffer, persoonRef: string, gegevens: PersoonGegevens): Buffer {
    return this.sealJson(dataKey, gegevens, persoonAad(persoonRef));
  }

  /** Opens a stored candidate lazily and once: most calls never need to decrypt anyone. */
  openKandidaat(k: Kandidaat): GeopendeKandidaat {
    let dataKey: Buffer | undefined;
    let gegevens: PersoonGegevens | undefined;
    const key = () => {
      if (!k.dataKeyBestaat) throw new Error('data key of a candidate is missing');
      dataKey ??= this.unwrapDataKey(k.keyId, k.wrapped);
      return dataKey;
    };
    return {
      persoonRef: k.persoonRef,
      bidxBsn: k.bidxBsn,
      bidxNaamGd: k.bidxNaamGd,
      dataKey: key,
      gegevens: () => {
        gegevens ??= this.openJson<PersoonGegevens>(key(), k.gegevens, persoonAad(k.persoonRef));
        return gegevens;
      },
    };
  }

  /** Seals one free text under a fresh data key of its own: the row and its key, for one insert each. */
  sealAantekening(a: {
    regio: string;
    dossierId: string;
    soort: string;
    tekst: string;
    betreft: string[];
    nietTerInzage?: boolean;
    nu: Date;
  }): { rij: AantekeningRij; dataKey: NieuweDataKey } {
    const aantekeningRef = randomUUID();
    const { dataKey, rij } = this.newDataKey('aantekening', aantekeningRef, a.nu);
    const tekst = this.sealJson(dataKey, a.tekst, {
      table: 'aantekening',
      column: 'tekst',
      rowId: aantekeningRef,
    });
    return {
      dataKey: rij,
      rij: {
        aantekeningRef,
        regio: a.regio,
        dossierId: a.dossierId,
        soort: a.soort,
        keyId: rij.keyId,
        tekst,
        betreft: a.betreft,
        nietTerInzage: a.nietTerInzage ?? false,
        aangemaaktOp: a.nu,
      },
    };
  }

  /** Unwraps a stored data key; a destroyed key (crypto-shredding) throws `KeyDestroyed`. */
  unwrapDataKey(keyId: string, wrapped: Buffer | null | undefined): Buffer {
    if (!wrapped) throw new KeyDestroyed(keyId);
    return unwrapKey(this.cfg.kek, wrapped, keyId);
  }

  sealJson(dataKey: Buffer, value: unknown, aad: Aad): Buffer {
    return seal(dataKey, Buffer.from(JSON.stringify(value), 'utf8'), aadString(aad));
  }

  openJson<T>(dataKey: Buffer, sealed: Buffer, aad: Aad): T {
    return JSON.parse(open(dataKey, sealed, aadString(aad)).toString('utf8')) as T;
  }

  bidxBsn(bsn: string): string {
    return blindIndex(this.cfg.bidxKeyBsn, bsn, this.cfg.bidxBits);
  }

  /** `waarde`: the normalised surname + birth date (`naamGeboortedatum`). */
  bidxNaamGeboortedatum(waarde: string): string {
    return blindIndex(this.cfg.bidxKeyNaam, waarde, this.cfg.bidxBits);
  }
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
