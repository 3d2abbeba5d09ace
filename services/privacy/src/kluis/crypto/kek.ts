import { kidVan, unwrapKey, wrapKey } from './envelope';

/**
 * The key-encryption keys (ADR 0023): where data keys are wrapped. In development the KEKs come from the
 * environment (`EnvKeyEncryptionKeys`); a KMS or a Vault/OpenBao transit engine implements the same two
 * calls (`transit/encrypt`, `transit/decrypt` with the key version in the ciphertext). Rotation without
 * downtime: new wraps use `huidigeId`, older KEKs still unwrap until the rewrap job has moved every key.
 */
export interface KeyEncryptionKeys {
  readonly huidigeId: string;
  /** The data key wrapped under the current KEK, its header naming that KEK. */
  wrap(dek: Buffer, keyId: string): Promise<Buffer>;
  /** Unwraps under the KEK the wrapped key names; throws when that KEK is unknown or the key tampered. */
  unwrap(wrapped: Buffer, keyId: string): Promise<Buffer>;
}

export interface Kek {
  id: string;
  key: Buffer;
}

export class OnbekendeKek extends Error {
  constructor(readonly kekId: string) {
    super(`KEK ${kekId} is not configured`);
    this.name = 'OnbekendeKek';
  }
}

/** KEKs from env: the current one and those it replaced (kept until the rewrap job is done). */
export class EnvKeyEncryptionKeys implements KeyEncryptionKeys {
  private readonly keks: Map<string, Buffer>;

  constructor(
    private readonly huidig: Kek,
    eerder: readonly Kek[] = [],
  ) {
    this.keks = new Map([...eerder, huidig].map((k) => [k.id, k.key]));
  }

  get huidigeId(): string {
    return this.huidig.id;
  }

  async wrap(dek: Buffer, keyId: string): Promise<Buffer> {
    return wrapKey(this.huidig.key, this.huidig.id, dek, keyId);
  }

  async unwrap(wrapped: Buffer, keyId: string): Promise<Buffer> {
    const kekId = kidVan(wrapped);
    if (kekId === undefined) return this.unwrapZonderKop(wrapped, keyId);
    const kek = this.keks.get(kekId);
    if (!kek) throw new OnbekendeKek(kekId);
    return unwrapKey(kek, wrapped, keyId);
  }

  /** A key wrapped before v1 names no KEK: it was wrapped under one of those configured. */
  private unwrapZonderKop(wrapped: Buffer, keyId: string): Buffer {
    for (const kek of this.keks.values()) {
      try {
        return unwrapKey(kek, wrapped, keyId);
      } catch {
        // the next one
      }
    }
    throw new OnbekendeKek('(pre-v1)');
  }
}
