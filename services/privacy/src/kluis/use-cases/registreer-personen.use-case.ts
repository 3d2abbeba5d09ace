import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type {
  PersonenRegistrerenV1Reply,
  PersonenRegistrerenV1Request,
  PersoonMatch,
  TeRegistrerenPersoon,
} from '@vt/contracts';
import { OngeldigVerzoek } from '@vt/messaging';
import { naamGeboortedatumSleutel, normaliseerNaam } from '../domain/normaliseer';
import { gegevensVan, type PersoonGegevens } from '../domain/persoon-gegevens';
import { KluisService } from '../kluis.service';
import { Persoon, RpcVerzoek } from '../persistence/kluis.entities';
import { personenRegistrerenSchema } from '../messaging/rpc-verzoeken.schema';

const ACTIE = 'personen.registreren';

/**
 * Finds or creates the people of a report (radar, §1.3): a household member already known by BSN, or by
 * surname and birth date, keeps the persoonRef, so intake can find the running or earlier files.
 * Reporters and niet-ter-inzage identities are never matched: they always get a fresh ref.
 */
@Injectable()
export class RegistreerPersonen {
  constructor(
    private readonly em: EntityManager,
    private readonly kluis: KluisService,
  ) {}

  async execute(body: unknown): Promise<PersonenRegistrerenV1Reply> {
    const parsed = personenRegistrerenSchema.safeParse(body);
    if (!parsed.success)
      throw new OngeldigVerzoek(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
    const req = parsed.data as PersonenRegistrerenV1Request;
    return this.em.fork().transactional(async (em) => {
      const eerder = await em.findOne(RpcVerzoek, { verzoekId: req.verzoekId });
      if (eerder) return eerder.antwoord as PersonenRegistrerenV1Reply;
      const personen: PersonenRegistrerenV1Reply['personen'] = [];
      for (const p of req.personen) {
        const bekend = matchbaar(p) ? await this.zoek(em, p) : undefined;
        if (bekend) {
          personen.push({ sleutel: p.sleutel, persoonRef: bekend.persoonRef, match: bekend.match });
        } else {
          personen.push({ sleutel: p.sleutel, persoonRef: this.maak(em, req.regio, p), match: 'nieuw' });
        }
      }
      const antwoord: PersonenRegistrerenV1Reply = { personen };
      em.persist(
        em.create(RpcVerzoek, { verzoekId: req.verzoekId, actie: ACTIE, antwoord, verwerktOp: new Date() }),
      );
      return antwoord;
    });
  }

  private maak(em: EntityManager, regio: string, p: TeRegistrerenPersoon): string {
    const persoonRef = randomUUID();
    const { keyId, dek } = this.kluis.nieuweSleutel(em, 'persoon', persoonRef);
    const gegevens = gegevensVan(p as unknown as Record<string, unknown>);
    const naamGd = naamGeboortedatumSleutel(p.achternaam, p.geboortedatum);
    em.persist(
      em.create(Persoon, {
        persoonRef,
        regio,
        keyId,
        gegevens: this.kluis.sealJson(dek, gegevens, {
          table: 'persoon',
          column: 'gegevens',
          rowId: persoonRef,
          persoonRef,
        }),
        bidxBsn: p.bsn && !p.nietTerInzage ? this.kluis.bidxBsn(p.bsn) : null,
        bidxNaamGd: naamGd && !p.nietTerInzage ? this.kluis.bidxNaamGeboortedatum(naamGd) : null,
        nietTerInzage: p.nietTerInzage ?? false,
        aangemaaktOp: new Date(),
      }),
    );
    return persoonRef;
  }

  /** Blind index narrows to a few candidates; decrypting them decides (truncated indexes collide). */
  private async zoek(
    em: EntityManager,
    p: TeRegistrerenPersoon,
  ): Promise<{ persoonRef: string; match: PersoonMatch } | undefined> {
    if (p.bsn) {
      for (const kandidaat of await em.find(Persoon, {
        bidxBsn: this.kluis.bidxBsn(p.bsn),
        nietTerInzage: false,
      })) {
        const g = await this.open(em, kandidaat);
        if (g.bsn === p.bsn) return { persoonRef: kandidaat.persoonRef, match: 'bsn' };
      }
    }
    const naamGd = naamGeboortedatumSleutel(p.achternaam, p.geboortedatum);
    if (naamGd) {
      for (const kandidaat of await em.find(Persoon, {
        bidxNaamGd: this.kluis.bidxNaamGeboortedatum(naamGd),
        nietTerInzage: false,
      })) {
        const g = await this.open(em, kandidaat);
        const zelfdeVoornaam =
          !p.voornaam || !g.voornaam || normaliseerNaam(p.voornaam) === normaliseerNaam(g.voornaam);
        // Two people with the same surname and birth date but different BSNs are different people.
        const bsnTegenstrijdig = p.bsn && g.bsn && p.bsn !== g.bsn;
        if (
          naamGeboortedatumSleutel(g.achternaam, g.geboortedatum) === naamGd &&
          zelfdeVoornaam &&
          !bsnTegenstrijdig
        ) {
          return { persoonRef: kandidaat.persoonRef, match: 'naam-geboortedatum' };
        }
      }
    }
    return undefined;
  }

  private async open(em: EntityManager, p: Persoon): Promise<PersoonGegevens> {
    const dek = await this.kluis.sleutel(em, p.keyId);
    return this.kluis.openJson<PersoonGegevens>(dek, p.gegevens, {
      table: 'persoon',
      column: 'gegevens',
      rowId: p.persoonRef,
      persoonRef: p.persoonRef,
    });
  }
}

function matchbaar(p: TeRegistrerenPersoon): boolean {
  return !p.nietTerInzage && p.rol !== 'melder';
}
