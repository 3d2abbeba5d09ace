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

/** AES-256-GCM; output is iv ‖ ciphertext ‖ tag. The AAD binds a ciphertext to its row and owner. */
export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, ct, cipher.getAuthTag()]);
}

export function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const ct = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ct), decipher.final()]);
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}

/** A data key wrapped under the KEK; the AAD is the key id so wrapped keys cannot be swapped. */
export function wrapKey(kek: Buffer, dek: Buffer, keyId: string): Buffer {
  return seal(kek, dek, `dek|${keyId}`);
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
