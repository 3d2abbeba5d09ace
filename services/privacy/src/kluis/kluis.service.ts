import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PRIVACY_CONFIG, type PrivacyConfig } from '../privacy.config';
import { blindIndex, KeyDestroyed, newDataKey, open, seal, unwrapKey, wrapKey } from './crypto/envelope';
import type { Aantekening, DataKey } from './persistence/kluis.entities';
import type { NieuweSleutel } from './persistence/kluis.opslag';

const SCHEMA_VERSIE = 'v1';

/**
 * Seals and opens personal data explicitly (never through an ORM type: the identity map would cache
 * plaintext). Every ciphertext is bound by its AAD to table, column, row and owner.
 */
@Injectable()
export class KluisService {
  constructor(@Inject(PRIVACY_CONFIG) private readonly cfg: PrivacyConfig) {}

  /** A new data key for one owner and its wrapped form, which the caller stores in `privacy_keys`. */
  nieuweSleutel(
    eigenaarSoort: DataKey['eigenaarSoort'],
    eigenaarRef: string,
  ): { dek: Buffer; rij: NieuweSleutel } {
    const keyId = randomUUID();
    const dek = newDataKey();
    return {
      dek,
      rij: {
        keyId,
        eigenaarSoort,
        eigenaarRef,
        wrapped: wrapKey(this.cfg.kek, dek, keyId),
        aangemaaktOp: new Date(),
      },
    };
  }

  /** Seals one free text under a fresh data key of its own: the row and its key, for one insert each. */
  verzegelAantekening(a: {
    regio: string;
    dossierId: string;
    soort: string;
    tekst: string;
    betreft: string[];
    nietTerInzage?: boolean;
    nu: Date;
  }): { rij: Aantekening; sleutel: NieuweSleutel } {
    const aantekeningRef = randomUUID();
    const { dek, rij: sleutel } = this.nieuweSleutel('aantekening', aantekeningRef);
    const tekst = this.sealJson(dek, a.tekst, {
      table: 'aantekening',
      column: 'tekst',
      rowId: aantekeningRef,
    });
    return {
      sleutel,
      rij: {
        aantekeningRef,
        regio: a.regio,
        dossierId: a.dossierId,
        soort: a.soort,
        keyId: sleutel.keyId,
        tekst,
        betreft: a.betreft,
        nietTerInzage: a.nietTerInzage ?? false,
        aangemaaktOp: a.nu,
      },
    };
  }

  /** Unwraps a stored data key; a destroyed key (crypto-shredding) throws `KeyDestroyed`. */
  ontsleutel(keyId: string, wrapped: Buffer | null | undefined): Buffer {
    if (!wrapped) throw new KeyDestroyed(keyId);
    return unwrapKey(this.cfg.kek, wrapped, keyId);
  }

  sealJson(dek: Buffer, value: unknown, aad: Aad): Buffer {
    return seal(dek, Buffer.from(JSON.stringify(value), 'utf8'), aadString(aad));
  }

  openJson<T>(dek: Buffer, sealed: Buffer, aad: Aad): T {
    return JSON.parse(open(dek, sealed, aadString(aad)).toString('utf8')) as T;
  }

  bidxBsn(bsn: string): string {
    return blindIndex(this.cfg.bidxKeyBsn, bsn, this.cfg.bidxBits);
  }

  bidxNaamGeboortedatum(sleutel: string): string {
    return blindIndex(this.cfg.bidxKeyNaam, sleutel, this.cfg.bidxBits);
  }
}

export interface Aad {
  table: string;
  column: string;
  rowId: string;
  persoonRef?: string;
}

function aadString(a: Aad): string {
  return [a.table, a.column, a.rowId, a.persoonRef ?? '-', SCHEMA_VERSIE].join('|');
}
