import { Injectable } from '@nestjs/common';
import {
  aantekeningenVastleggenV1,
  meldingVernietigenV1,
  type MeldingVernietigenV1Reply,
  type MeldingVernietigenV1Request,
  personenRegistrerenV1,
  type TeRegistrerenPersoon,
} from '@vt/contracts';
import { RpcClient } from '@vt/messaging';
import { MELDER_SLEUTEL, type Tekst } from '../domain/kluisopdracht';

/** The vault's answer to a report's people, in intake's terms. */
export interface Registratie {
  melderRef?: string;
  /** The household in the order of the report, each known to the vault before or not. */
  huishouden: { persoonRef: string; sleutel: string; bekend: boolean }[];
  /** Set when nobody was known: the vault linked them to this new file and sealed its texts. */
  nieuwDossier?: { dossierId: string; aantekeningRefs: Record<string, string> };
}

export interface Registreer {
  verzoekId: string;
  regio: string;
  personen: TeRegistrerenPersoon[];
  nieuwDossierId: string;
  teksten: Tekst[];
}

export interface LegTekstenVast {
  verzoekId: string;
  regio: string;
  dossierId: string;
  personen: { persoonRef: string; rol: string }[];
  /** persoonRefs the texts are about. */
  betreft: string[];
  teksten: Tekst[];
}

/** Intake's calls to the privacy vault (request/reply), so the use case can be tested without one. */
@Injectable()
export class KluisClient {
  constructor(private readonly rpc: RpcClient) {}

  async registreerPersonen(o: Registreer): Promise<Registratie> {
    const huishouden = o.personen.filter((p) => p.sleutel !== MELDER_SLEUTEL).map((p) => p.sleutel);
    const reply = await this.rpc.request(personenRegistrerenV1, {
      verzoekId: o.verzoekId,
      regio: o.regio,
      personen: o.personen,
      nieuwDossier: {
        dossierId: o.nieuwDossierId,
        aantekeningen: o.teksten.map((t) => ({ ...t, betreftSleutels: huishouden })),
      },
    });
    const inHuishouden = new Set(huishouden);
    return {
      melderRef: reply.personen.find((p) => p.sleutel === MELDER_SLEUTEL)?.persoonRef,
      huishouden: reply.personen
        .filter((p) => inHuishouden.has(p.sleutel))
        .map((p) => ({ persoonRef: p.persoonRef, sleutel: p.sleutel, bekend: p.match !== 'nieuw' })),
      nieuwDossier: reply.nieuwDossier && {
        dossierId: reply.nieuwDossier.dossierId,
        aantekeningRefs: refsPerSleutel(reply.nieuwDossier.aantekeningen),
      },
    };
  }

  /** Seals the texts on the file chosen and links the people to it; returns the refs per text. */
  async legTekstenVast(o: LegTekstenVast): Promise<Record<string, string>> {
    const reply = await this.rpc.request(aantekeningenVastleggenV1, {
      verzoekId: o.verzoekId,
      regio: o.regio,
      dossierId: o.dossierId,
      personen: o.personen,
      aantekeningen: o.teksten.map((t) => ({ ...t, betreft: o.betreft })),
    });
    return refsPerSleutel(reply.aantekeningen);
  }

  /** VT-6.7-b: destroys a removed report's texts and reporter in the vault. */
  vernietigMelding(o: MeldingVernietigenV1Request): Promise<MeldingVernietigenV1Reply> {
    return this.rpc.request(meldingVernietigenV1, o);
  }
}

function refsPerSleutel(
  aantekeningen: { sleutel: string; aantekeningRef: string }[],
): Record<string, string> {
  return Object.fromEntries(aantekeningen.map((a) => [a.sleutel, a.aantekeningRef]));
}
