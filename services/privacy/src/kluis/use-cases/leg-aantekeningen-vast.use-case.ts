import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { AantekeningenVastleggenV1Reply, AantekeningenVastleggenV1Request } from '@vt/contracts';
import { OngeldigVerzoek } from '@vt/messaging';
import { KluisService } from '../kluis.service';
import { Aantekening, DossierPersoon, Persoon, RpcVerzoek } from '../persistence/kluis.entities';
import { aantekeningenVastleggenSchema } from '../messaging/rpc-verzoeken.schema';

const ACTIE = 'aantekeningen.vastleggen';

/** Links the people to their file and seals each free text under its own data key. */
@Injectable()
export class LegAantekeningenVast {
  constructor(
    private readonly em: EntityManager,
    private readonly kluis: KluisService,
  ) {}

  async execute(body: unknown): Promise<AantekeningenVastleggenV1Reply> {
    const parsed = aantekeningenVastleggenSchema.safeParse(body);
    if (!parsed.success)
      throw new OngeldigVerzoek(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
    const req = parsed.data as AantekeningenVastleggenV1Request;
    return this.em.fork().transactional(async (em) => {
      const eerder = await em.findOne(RpcVerzoek, { verzoekId: req.verzoekId });
      if (eerder) return eerder.antwoord as AantekeningenVastleggenV1Reply;
      const refs = [
        ...new Set([
          ...req.personen.map((p) => p.persoonRef),
          ...req.aantekeningen.flatMap((a) => a.betreft),
        ]),
      ];
      const bekend = await em.count(Persoon, { persoonRef: { $in: refs } });
      if (bekend !== refs.length) throw new OngeldigVerzoek('unknown persoonRef');
      for (const p of req.personen) {
        await em.upsert(DossierPersoon, { dossierId: req.dossierId, persoonRef: p.persoonRef, rol: p.rol });
      }
      const aantekeningen: AantekeningenVastleggenV1Reply['aantekeningen'] = [];
      for (const a of req.aantekeningen) {
        const aantekeningRef = randomUUID();
        const { keyId, dek } = this.kluis.nieuweSleutel(em, 'aantekening', aantekeningRef);
        em.persist(
          em.create(Aantekening, {
            aantekeningRef,
            regio: req.regio,
            dossierId: req.dossierId,
            soort: a.soort,
            keyId,
            tekst: this.kluis.sealJson(dek, a.tekst, {
              table: 'aantekening',
              column: 'tekst',
              rowId: aantekeningRef,
            }),
            betreft: a.betreft,
            nietTerInzage: a.nietTerInzage ?? false,
            aangemaaktOp: new Date(),
          }),
        );
        aantekeningen.push({ sleutel: a.sleutel, aantekeningRef });
      }
      const antwoord: AantekeningenVastleggenV1Reply = { aantekeningen };
      em.persist(
        em.create(RpcVerzoek, { verzoekId: req.verzoekId, actie: ACTIE, antwoord, verwerktOp: new Date() }),
      );
      return antwoord;
    });
  }
}
