import { Injectable } from '@nestjs/common';
import {
  type Adviesvrager,
  adviesRegistrerenV1,
  adviesVernietigenV1,
  adviesvragerVernietigenV1,
} from '@vt/contracts';
import { RpcClient } from '@vt/messaging';

export interface Adviesteksten {
  verzoekId: string;
  regio: string;
  adviesdossierId: string;
  /** Only with the seeker's consent (VT-15.5-a). */
  adviesvrager?: Adviesvrager;
  teksten: { sleutel: string; soort: string; tekst: string }[];
}

/** Intake's advice calls to the privacy vault, so the use cases can be tested without one. */
@Injectable()
export class AdviesKluisClient {
  constructor(private readonly rpc: RpcClient) {}

  /** Seals the texts (and the seeker); answers the seeker's ref and the refs per text. */
  async registreer(
    o: Adviesteksten,
  ): Promise<{ adviesvragerRef?: string; aantekeningRefs: Record<string, string> }> {
    const reply = await this.rpc.request(adviesRegistrerenV1, {
      verzoekId: o.verzoekId,
      regio: o.regio,
      adviesdossierId: o.adviesdossierId,
      ...(o.adviesvrager ? { adviesvrager: o.adviesvrager } : {}),
      aantekeningen: o.teksten,
    });
    return {
      adviesvragerRef: reply.adviesvragerRef,
      aantekeningRefs: Object.fromEntries(reply.aantekeningen.map((a) => [a.sleutel, a.aantekeningRef])),
    };
  }

  /** VT-15.5-c: the seekers' data destroyed in the vault. */
  async vernietigAdviesvragers(verzoekId: string, adviesvragerRefs: string[]): Promise<void> {
    await this.rpc.request(adviesvragerVernietigenV1, { verzoekId, adviesvragerRefs });
  }

  /** VT-15.3.4.1-a: the files' texts and seekers destroyed in the vault. */
  async vernietigAdviezen(verzoekId: string, adviesdossierIds: string[]): Promise<void> {
    await this.rpc.request(adviesVernietigenV1, { verzoekId, adviesdossierIds });
  }
}
