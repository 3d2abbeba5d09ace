import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Thrown when a ciphertext's data key was destroyed (crypto-shredding, privacy-design.md). */
export class KeyDestroyed extends Error {
  constructor(readonly keyId: string) {
    super(`data key ${keyId} was destroyed`);
    this.name = 'KeyDestroyed';
  }
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSIE = Buffer.from('v1', 'ascii');
const KID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Ciphertext format v1 (ADR 0023): `"v1" ‖ len(kid) ‖ kid ‖ iv ‖ ct ‖ tag`, AES-256-GCM. The header names
 * the key that sealed it (a data key's id, or a KEK's id for a wrapped data key) and is authenticated with
 * the AAD, so neither the version nor the key id can be changed without the tag failing.
 */
export function seal(key: Buffer, plaintext: Buffer, aad: string, kid: string): Buffer {
  if (!KID.test(kid)) throw new Error('invalid key id');
  const header = Buffer.concat([VERSIE, Buffer.from([kid.length]), Buffer.from(kid, 'ascii')]);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.concat([header, Buffer.from(aad, 'utf8')]));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, iv, ct, cipher.getAuthTag()]);
}

/** The key id a v1 ciphertext names, or undefined for a ciphertext without a header (before v1). */
export function kidVan(sealed: Buffer): string | undefined {
  if (sealed.length < 3 + IV_BYTES + TAG_BYTES || !sealed.subarray(0, 2).equals(VERSIE)) return undefined;
  const n = sealed[2];
  const kid = sealed.subarray(3, 3 + n).toString('ascii');
  return KID.test(kid) && sealed.length >= 3 + n + IV_BYTES + TAG_BYTES ? kid : undefined;
}

/**
 * Opens a v1 ciphertext; one sealed before v1 (`iv ‖ ct ‖ tag`, no header) still opens, so stored data
 * needs no migration. Throws on any tampering, a wrong key or another row's AAD.
 */
export function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  const kid = kidVan(sealed);
  if (kid === undefined) return openZonderKop(key, sealed, Buffer.from(aad, 'utf8'));
  const header = sealed.subarray(0, 3 + kid.length);
  try {
    return openZonderKop(
      key,
      sealed.subarray(header.length),
      Buffer.concat([header, Buffer.from(aad, 'utf8')]),
    );
  } catch (err) {
    // A pre-v1 ciphertext whose random IV happens to read as a header (p < 1e-7).
    try {
      return openZonderKop(key, sealed, Buffer.from(aad, 'utf8'));
    } catch {
      throw err;
    }
  }
}

function openZonderKop(key: Buffer, body: Buffer, aad: Buffer): Buffer {
  const iv = body.subarray(0, IV_BYTES);
  const tag = body.subarray(body.length - TAG_BYTES);
  const ct = body.subarray(IV_BYTES, body.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ct), decipher.final()]);
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}

/** A data key wrapped under a KEK: the header names the KEK, the AAD the data key's id (no swapping). */
export function wrapKey(kek: Buffer, kekId: string, dek: Buffer, keyId: string): Buffer {
  return seal(kek, dek, `dek|${keyId}`, kekId);
}

export function unwrapKey(kek: Buffer, wrapped: Buffer, keyId: string): Buffer {
  return open(kek, wrapped, `dek|${keyId}`);
}

/** Truncated HMAC-SHA256: enough to find candidates, too short to confirm anyone from a leaked index. */
export function blindIndex(key: Buffer, value: string, bits: number): string {
  const mac = createHmac('sha256', key).update(value, 'utf8').digest();
  const n = mac.readUInt32BE(0) >>> (32 - bits);
  return n.toString(16).padStart(Math.ceil(bits / 4), '0');
}
