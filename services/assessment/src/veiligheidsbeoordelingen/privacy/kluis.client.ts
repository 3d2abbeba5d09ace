import { Injectable } from '@nestjs/common';
import { aantekeningenVastleggenV1, OngeldigeInvoer } from '@vt/contracts';
import { RpcClient, RpcError } from '@vt/messaging';

/** One free text of a step: its key in the answer, its kind for the vault, the text and whom it is about. */
export interface Tekst {
  sleutel: string;
  /** e.g. `veiligheidsbeoordeling.informatie.feit`. */
  soort: string;
  tekst: string;
  betreft?: string[];
}

export interface LegVast {
  /** Stable per request, so a retry gets the refs of its first attempt. */
  verzoekId: string;
  regio: string;
  dossierId: string;
  teksten: Tekst[];
}

/** Assessment's calls to the privacy vault: free text goes there, assessment keeps the refs. */
@Injectable()
export class KluisClient {
  constructor(private readonly rpc: RpcClient) {}

  /** Seals the texts on the file; returns the ref per key. Nothing is asked when there is no text. */
  async legVast(o: LegVast): Promise<Record<string, string>> {
    if (!o.teksten.length) return {};
    try {
      const reply = await this.rpc.request(aantekeningenVastleggenV1, {
        verzoekId: o.verzoekId,
        regio: o.regio,
        dossierId: o.dossierId,
        personen: [],
        aantekeningen: o.teksten.map((t) => ({
          sleutel: t.sleutel,
          soort: t.soort,
          tekst: t.tekst.trim(),
          betreft: t.betreft ?? [],
        })),
      });
      return Object.fromEntries(reply.aantekeningen.map((a) => [a.sleutel, a.aantekeningRef]));
    } catch (err) {
      // The vault refuses only persoonRefs it does not know: the caller's mistake, said per field.
      if (err instanceof RpcError && err.code === 'ongeldig-verzoek') {
        throw new OngeldigeInvoer([{ field: 'betreft', message: 'onbekende persoonRef' }]);
      }
      throw err;
    }
  }
}

/** The texts among these whose value is not blank, so an empty optional field reaches nobody. */
export function teksten(...kandidaten: (Omit<Tekst, 'tekst'> & { tekst?: string | null })[]): Tekst[] {
  return kandidaten.filter((t): t is Tekst => Boolean(t.tekst?.trim()));
}
