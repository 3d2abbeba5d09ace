import { createHash } from 'node:crypto';

/** An access-log entry as it is chained: everything but the hashes. */
export interface Toegang {
  volgnummer: string;
  tijdstip: Date;
  sub: string;
  regio: string;
  handeling: string;
  doelbinding: string;
  persoonRef: string | null;
  aantekeningRef: string | null;
  categorieen: readonly string[];
}

export interface GeketendeToegang extends Toegang {
  vorigeHash: Buffer;
  hash: Buffer;
}

/** The `vorigeHash` of the first entry. */
export const BEGIN_HASH = Buffer.alloc(32);

/** SHA-256(previous hash ‖ the entry as canonical JSON: a fixed order, one meaning per byte string). */
export function ketenHash(vorigeHash: Buffer, t: Toegang): Buffer {
  const canoniek = JSON.stringify([
    t.volgnummer,
    t.tijdstip.toISOString(),
    t.sub,
    t.regio,
    t.handeling,
    t.doelbinding,
    t.persoonRef,
    t.aantekeningRef,
    [...t.categorieen],
  ]);
  return createHash('sha256').update(vorigeHash).update(canoniek, 'utf8').digest();
}

/** New entries chained after the last stored one (`laatste`: its volgnummer and hash; none: the start). */
export function keten(
  laatste: { volgnummer: string; hash: Buffer } | undefined,
  nieuw: readonly Omit<Toegang, 'volgnummer'>[],
): GeketendeToegang[] {
  let volgnummer = BigInt(laatste?.volgnummer ?? 0);
  let vorigeHash = laatste?.hash ?? BEGIN_HASH;
  return nieuw.map((t) => {
    volgnummer += 1n;
    const toegang = { ...t, volgnummer: volgnummer.toString() };
    const hash = ketenHash(vorigeHash, toegang);
    const uit = { ...toegang, vorigeHash, hash };
    vorigeHash = hash;
    return uit;
  });
}

/**
 * Checks a run of stored entries in order (after `vorige`, the last one checked before, if any): the
 * first entry that was edited, removed or put in between breaks it. Undefined when the chain holds.
 */
export function eersteBreuk(
  vorige: { volgnummer: string; hash: Buffer } | undefined,
  rijen: readonly GeketendeToegang[],
): { volgnummer: string; reden: string } | undefined {
  let verwacht = { volgnummer: BigInt(vorige?.volgnummer ?? 0) + 1n, hash: vorige?.hash ?? BEGIN_HASH };
  for (const r of rijen) {
    if (BigInt(r.volgnummer) !== verwacht.volgnummer)
      return { volgnummer: r.volgnummer, reden: 'an entry before it is missing' };
    if (!r.vorigeHash.equals(verwacht.hash))
      return { volgnummer: r.volgnummer, reden: 'it does not follow the entry before it' };
    if (!ketenHash(r.vorigeHash, r).equals(r.hash))
      return { volgnummer: r.volgnummer, reden: 'the entry was changed' };
    verwacht = { volgnummer: verwacht.volgnummer + 1n, hash: r.hash };
  }
  return undefined;
}
