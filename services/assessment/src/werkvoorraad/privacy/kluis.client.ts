import { Injectable } from '@nestjs/common';
import { aantekeningenVastleggenV1 } from '@vt/contracts';
import { RpcClient } from '@vt/messaging';

export interface LegRedenVast {
  verzoekId: string;
  regio: string;
  dossierId: string;
  tekst: string;
}

/** What kind of text a reassignment's reason is, in the vault. */
export const REDEN_SOORT = 'beoordeling.toewijzing.reden';

/** Assessment's calls to the privacy vault: free text goes there, this service keeps the reference. */
@Injectable()
export class KluisClient {
  constructor(private readonly rpc: RpcClient) {}

  /** Seals a reassignment's reason on the file; its `aantekeningRef`. */
  async legRedenVast(o: LegRedenVast): Promise<string> {
    const reply = await this.rpc.request(aantekeningenVastleggenV1, {
      verzoekId: o.verzoekId,
      regio: o.regio,
      dossierId: o.dossierId,
      personen: [],
      aantekeningen: [{ sleutel: 'reden', soort: REDEN_SOORT, tekst: o.tekst, betreft: [] }],
    });
    const [reden] = reply.aantekeningen;
    if (!reden) throw new Error('the vault sealed no reason');
    return reden.aantekeningRef;
  }
}
