import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PRIVACY_CONFIG, type PrivacyConfig } from '../privacy.config';
import { blindIndex, KeyDestroyed, newDataKey, open, seal, unwrapKey, wrapKey } from './crypto/envelope';
import { DataKey } from './persistence/kluis.entities';

const SCHEMA_VERSIE = 'v1';

/**
 * Seals and opens personal data explicitly (never through an ORM type: the identity map would cache
 * plaintext). Every ciphertext is bound by its AAD to table, column, row and owner.
 */
@Injectable()
export class KluisService {
  constructor(@Inject(PRIVACY_CONFIG) private readonly cfg: PrivacyConfig) {}

  /** A new data key for one owner, persisted wrapped in `privacy_keys`. */
  nieuweSleutel(
    em: EntityManager,
    eigenaarSoort: DataKey['eigenaarSoort'],
    eigenaarRef: string,
  ): { keyId: string; dek: Buffer } {
    const keyId = randomUUID();
    const dek = newDataKey();
    em.persist(
      em.create(DataKey, {
        keyId,
        eigenaarSoort,
        eigenaarRef,
        wrapped: wrapKey(this.cfg.kek, dek, keyId),
        aangemaaktOp: new Date(),
      }),
    );
    return { keyId, dek };
  }

  async sleutel(em: EntityManager, keyId: string): Promise<Buffer> {
    const key = await em.findOneOrFail(DataKey, { keyId });
    if (!key.wrapped) throw new KeyDestroyed(keyId);
    return unwrapKey(this.cfg.kek, key.wrapped, keyId);
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
