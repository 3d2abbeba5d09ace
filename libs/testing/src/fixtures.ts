import { randomInt } from 'node:crypto';
import { isBsn } from '@vt/contracts';

/** A random BSN that passes the 11-proef (test data only). */
export function testBsn(): string {
  for (;;) {
    const candidate = String(randomInt(100_000_000, 999_999_999));
    if (isBsn(candidate)) return candidate;
  }
}
