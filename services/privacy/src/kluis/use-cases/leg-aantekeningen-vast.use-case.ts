import { Injectable } from '@nestjs/common';
import type { AantekeningenVastleggenV1Reply, AantekeningenVastleggenV1Request } from '@vt/contracts';
import { OngeldigVerzoek } from '@vt/messaging';
import { KluisService } from '../kluis.service';
import type { Aantekening } from '../persistence/kluis.entities';
import { KluisOpslag, type NieuweSleutel } from '../persistence/kluis.opslag';

const ACTIE = 'aantekeningen.vastleggen';

/** Links the people to their file and seals each free text under its own data key. */
@Injectable()
export class LegAantekeningenVast {
  constructor(
    private readonly opslag: KluisOpslag,
    private readonly kluis: KluisService,
  ) {}

  async execute(req: AantekeningenVastleggenV1Request): Promise<AantekeningenVastleggenV1Reply> {
    const eerder = await this.opslag.eerderAntwoord<AantekeningenVastleggenV1Reply>(req.verzoekId);
    if (eerder) return eerder;
    const refs = [
      ...new Set([...req.personen.map((p) => p.persoonRef), ...req.aantekeningen.flatMap((a) => a.betreft)]),
    ];
    if ((await this.opslag.aantalPersonen(refs)) !== refs.length)
      throw new OngeldigVerzoek('unknown persoonRef');

    const nu = new Date();
    const sleutels: NieuweSleutel[] = [];
    const rijen: Aantekening[] = [];
    const aantekeningen: AantekeningenVastleggenV1Reply['aantekeningen'] = [];
    for (const a of req.aantekeningen) {
      const { rij, sleutel } = this.kluis.verzegelAantekening({
        ...a,
        regio: req.regio,
        dossierId: req.dossierId,
        nu,
      });
      sleutels.push(sleutel);
      rijen.push(rij);
      aantekeningen.push({ sleutel: a.sleutel, aantekeningRef: rij.aantekeningRef });
    }
    const antwoord: AantekeningenVastleggenV1Reply = { aantekeningen };
    await this.opslag.bewaar({
      sleutels,
      personen: [],
      aantekeningen: rijen,
      dossierPersonen: req.personen.map((p) => ({
        dossierId: req.dossierId,
        persoonRef: p.persoonRef,
        rol: p.rol,
      })),
      verzoek: { verzoekId: req.verzoekId, actie: ACTIE, antwoord, verwerktOp: nu },
    });
    return antwoord;
  }
}
