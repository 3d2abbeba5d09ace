import { Inject, Injectable } from '@nestjs/common';
import type { KeyEncryptionKeys } from '../crypto/kek';
import type { DataKey } from '../persistence/kluis.entities';
import { SleutelRepository } from '../persistence/sleutel.repository';

export const KEY_ENCRYPTION_KEYS = Symbol('KEY_ENCRYPTION_KEYS');

/** A fresh data key for one owner, in plaintext until the key service has wrapped and stored it. */
export interface NieuweSleutel {
  keyId: string;
  eigenaarSoort: DataKey['eigenaarSoort'];
  eigenaarRef: string;
  dataKey: Buffer;
  aangemaaktOp: Date;
}

/** What the vault's use cases need of the key service; their unit specs fake it. */
export interface SleutelDienstPort {
  /** Wraps and stores the keys, committed before the vault stores what they seal (a failed call leaves unused keys, never unreadable rows). */
  bewaar(sleutels: readonly NieuweSleutel[]): Promise<void>;
  /** The unwrapped data keys by keyId; a destroyed or unknown key is absent. */
  ontsluit(keyIds: readonly string[]): Promise<Map<string, Buffer>>;
  /** Crypto-shredding: nulls the wrapped keys; how many were still live. */
  vernietig(keyIds: readonly string[], nu: Date): Promise<number>;
}

/**
 * The key service (ADR 0023): the only code that reads `privacy_keys`, through a repository on a
 * connection of its own as `vt_privacy_sleutels`; the vault's connection (`vt_privacy_kluis`) is refused
 * there by PostgreSQL. It wraps under the current KEK, unwraps under whichever KEK a key names, destroys
 * keys and rewraps them on rotation.
 */
@Injectable()
export class SleutelDienst implements SleutelDienstPort {
  constructor(
    @Inject(KEY_ENCRYPTION_KEYS) private readonly keks: KeyEncryptionKeys,
    private readonly repository: SleutelRepository,
  ) {}

  async bewaar(sleutels: readonly NieuweSleutel[]): Promise<void> {
    const wrapped = await Promise.all(sleutels.map((s) => this.keks.wrap(s.dataKey, s.keyId)));
    await this.repository.insert(sleutels.map(({ dataKey: _, ...s }, i) => ({ ...s, wrapped: wrapped[i] })));
  }

  async ontsluit(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    const uit = new Map<string, Buffer>();
    for (const r of await this.repository.vind(keyIds))
      uit.set(r.keyId, await this.keks.unwrap(r.wrapped, r.keyId));
    return uit;
  }

  /** Crypto-shredding: the wrapped keys are gone, so every copy of what they sealed is unreadable. */
  async vernietig(keyIds: readonly string[], nu: Date): Promise<number> {
    return this.repository.vernietig(keyIds, nu);
  }

  /**
   * Rotation (ADR 0023): rewraps, batch by batch, every live key not wrapped under the current KEK; the
   * vault keeps running meanwhile (old KEKs still unwrap, new keys already use the new one). Each batch
   * commits on its own and skips rows another run holds, so the job can be stopped and started again.
   * Returns how many keys it rewrapped.
   */
  async herverpak(batch = 500): Promise<number> {
    let na = '00000000-0000-0000-0000-000000000000';
    let totaal = 0;
    for (;;) {
      const gedaan = await this.repository.herverpakBatch(na, this.keks.huidigeId, batch, (rijen) =>
        Promise.all(
          rijen.map(async (r) => this.keks.wrap(await this.keks.unwrap(r.wrapped, r.keyId), r.keyId)),
        ),
      );
      totaal += gedaan.length;
      if (gedaan.length < batch) return totaal;
      na = gedaan[gedaan.length - 1].keyId;
    }
  }
}
