import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AANTEKENINGEN_VASTLEGGEN_V1,
  type AantekeningenVastleggenV1Reply,
  type AantekeningenVastleggenV1Request,
  dossierGeopendV1,
  meldingOntvangenV1,
  OngeldigeInvoer,
  PERSONEN_REGISTREREN_V1,
  type PersonenRegistrerenV1Reply,
  type PersonenRegistrerenV1Request,
  type TeRegistrerenPersoon,
} from '@vt/contracts';
import type { Gebruiker } from '@vt/auth';
import { Clock } from '@vt/http';
import { Outbox, RpcClient } from '@vt/messaging';
import { regioVoorGemeente } from '@vt/regions';
import { Werkdagkalender } from '@vt/werkdagen';
import { Dossier, DossierPersoon } from '../../../dossiers/persistence/dossier.entity';
import { beginstatus, melderNietTerInzage, termijnen, toetsMelding } from '../../domain/melding-regels';
import type { OntvangMeldingRequest } from '../../http/dto/ontvang-melding.request';
import type { MeldingOntvangenResponse } from '../../http/dto/melding.response';
import { Melding } from '../../persistence/melding.entity';

/** Clock skew we tolerate on a client-supplied receipt time. */
const MAX_KLOKAFWIJKING_MS = 5 * 60 * 1000;

/**
 * Receives a report (§6): checks the rules, hands the people and the free text to the privacy vault,
 * joins a running file of the same household or opens a new one, and announces the report.
 */
@Injectable()
export class OntvangMelding {
  constructor(
    private readonly em: EntityManager,
    private readonly rpc: RpcClient,
    private readonly outbox: Outbox,
    private readonly kalender: Werkdagkalender,
    private readonly clock: Clock,
  ) {}

  async execute(req: OntvangMeldingRequest, gebruiker: Gebruiker): Promise<MeldingOntvangenResponse> {
    const nu = this.clock.now();
    const regio = regioVoorGemeente(req.huishouden.gemeentecode);
    const ontvangenOp = req.ontvangenOp ? new Date(req.ontvangenOp) : nu;
    const fouten = [];
    if (!regio) fouten.push({ field: 'huishouden.gemeentecode', message: 'onbekende gemeentecode' });
    if (ontvangenOp.getTime() > nu.getTime() + MAX_KLOKAFWIJKING_MS) {
      fouten.push({ field: 'ontvangenOp', message: 'ontvangenOp ligt in de toekomst' });
    }
    if (fouten.length > 0 || !regio) throw new OngeldigeInvoer(fouten);
    toetsMelding(req);

    const meldingId = randomUUID();
    const status = beginstatus(req.anonimiteit);
    const deadlines = termijnen(this.kalender, ontvangenOp, req.spoed);

    const personen = await this.registreerPersonen(meldingId, regio, req);
    const huishoudenRefs = personen.filter((p) => p.sleutel.startsWith('huishouden.'));
    const melderRef = personen.find((p) => p.sleutel === 'melder')?.persoonRef;
    const bekendeRefs = huishoudenRefs.filter((p) => p.match !== 'nieuw').map((p) => p.persoonRef);

    return this.em.fork().transactional(async (em) => {
      const { dossier, lopend } = await this.kiesDossier(em, regio, bekendeRefs, nu);
      const rollen = new Map(req.huishouden.personen.map((p, i) => [`huishouden.${i}`, p.rol]));
      const koppelingen = huishoudenRefs.map((p) => ({
        persoonRef: p.persoonRef,
        rol: rollen.get(p.sleutel) ?? 'overig',
      }));
      if (melderRef) koppelingen.push({ persoonRef: melderRef, rol: 'melder' });

      // The vault links the people to the file and seals the texts; the reply holds references only.
      const teksten = await this.legTekstenVast(
        meldingId,
        regio,
        dossier.id,
        koppelingen,
        huishoudenRefs.map((p) => p.persoonRef),
        req,
      );

      for (const k of koppelingen.filter((k) => k.rol !== 'melder')) {
        await em.upsert(DossierPersoon, { dossierId: dossier.id, persoonRef: k.persoonRef, rol: k.rol });
      }
      const melding = em.create(Melding, {
        id: meldingId,
        dossierId: dossier.id,
        regio,
        kanaal: req.kanaal,
        ontvangenOp,
        spoed: req.spoed,
        status,
        melderType: req.melder.type,
        melderRef: melderRef ?? null,
        anonimiteit: req.anonimiteit,
        anonimiteitsgrond: req.anonimiteitsgrond ?? null,
        meldcodePlichtig: req.melder.meldcodePlichtig ?? null,
        toestemmingIdentiteitDelen: req.melder.toestemmingIdentiteitDelen ?? null,
        schaalvraag: req.zorgen.schaalvraag,
        strafrechtelijkOnderzoek: req.zorgen.strafrechtelijkOnderzoek ?? null,
        aantekeningRefs: teksten,
        ...deadlines,
        geregistreerdDoor: gebruiker.sub,
        geregistreerdOp: nu,
      });
      em.persist(melding);
      if (!lopend) {
        this.outbox.add(em, dossierGeopendV1, {
          regio,
          subject: dossier.id,
          data: {
            dossierId: dossier.id,
            regio,
            geopendOp: dossier.geopendOp.toISOString(),
            eerdereDossiers: dossier.eerdereDossiers,
          },
        });
      }
      this.outbox.add(em, meldingOntvangenV1, {
        regio,
        subject: dossier.id,
        data: {
          meldingId,
          dossierId: dossier.id,
          regio,
          ontvangenOp: ontvangenOp.toISOString(),
          spoed: req.spoed,
          status,
          melderType: req.melder.type,
          anonimiteit: req.anonimiteit,
          lopendDossier: lopend,
          ...deadlines,
        },
      });
      await em.flush();
      return {
        meldingId,
        dossierId: dossier.id,
        regio,
        ontvangenOp: ontvangenOp.toISOString(),
        status,
        ...deadlines,
        lopendDossier: lopend,
        eerdereDossiers: dossier.eerdereDossiers,
      };
    });
  }

  /**
   * VT-6.6-a: a running file of any of these people is joined; otherwise a new file lists their earlier,
   * closed files (radar, VT-15.3.2). Advisory locks per person keep two reports about one household
   * from opening two files at once.
   */
  private async kiesDossier(em: EntityManager, regio: string, bekendeRefs: string[], nu: Date) {
    for (const ref of [...bekendeRefs].sort()) {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [ref]);
    }
    const koppelingen = bekendeRefs.length
      ? await em.find(DossierPersoon, { persoonRef: { $in: bekendeRefs } })
      : [];
    const bestaande = koppelingen.length
      ? await em.find(
          Dossier,
          { id: { $in: [...new Set(koppelingen.map((k) => k.dossierId))] }, regio },
          { orderBy: { geopendOp: 'desc' } },
        )
      : [];
    const lopend = bestaande.find((d) => d.status === 'lopend');
    if (lopend) return { dossier: lopend, lopend: true };
    const dossier = em.create(Dossier, {
      id: randomUUID(),
      regio,
      status: 'lopend',
      fase: 'veiligheidsbeoordeling',
      geopendOp: nu,
      afgeslotenOp: null,
      eerdereDossiers: bestaande.map((d) => d.id),
    });
    em.persist(dossier);
    await em.flush();
    return { dossier, lopend: false };
  }

  private async registreerPersonen(meldingId: string, regio: string, req: OntvangMeldingRequest) {
    const personen: TeRegistrerenPersoon[] = req.huishouden.personen.map((p, i) => ({
      sleutel: `huishouden.${i}`,
      rol: p.rol,
      voornaam: p.voornaam,
      achternaam: p.achternaam,
      geboortedatum: p.geboortedatum,
      bsn: p.bsn,
      gezag: p.gezag,
      adres: req.huishouden.adres,
    }));
    const m = req.melder;
    if (
      req.anonimiteit !== 'tov-veilig-thuis' &&
      (m.naam || m.telefoon || m.email || m.adres || m.instelling)
    ) {
      personen.push({
        sleutel: 'melder',
        rol: 'melder',
        naam: m.naam,
        telefoon: m.telefoon,
        email: m.email,
        adres: m.adres,
        instelling: m.instelling,
        nietTerInzage: melderNietTerInzage(req.anonimiteit),
      });
    }
    const reply = await this.rpc.request<PersonenRegistrerenV1Request, PersonenRegistrerenV1Reply>(
      PERSONEN_REGISTREREN_V1,
      {
        verzoekId: uuidVoor(meldingId, 'personen'),
        regio,
        personen: personen.map(zonderLeeg),
      },
    );
    return reply.personen;
  }

  private async legTekstenVast(
    meldingId: string,
    regio: string,
    dossierId: string,
    koppelingen: { persoonRef: string; rol: string }[],
    betreft: string[],
    req: OntvangMeldingRequest,
  ): Promise<Record<string, string>> {
    const teksten: [string, string | undefined][] = [
      ['zorgen.omschrijving', req.zorgen.omschrijving],
      ['zorgen.schaalvraagToelichting', req.zorgen.schaalvraagToelichting],
      ['zorgen.verwachtingen', req.zorgen.verwachtingen],
    ];
    const reply = await this.rpc.request<AantekeningenVastleggenV1Request, AantekeningenVastleggenV1Reply>(
      AANTEKENINGEN_VASTLEGGEN_V1,
      {
        verzoekId: uuidVoor(meldingId, 'aantekeningen'),
        regio,
        dossierId,
        personen: koppelingen,
        aantekeningen: teksten
          .filter((t): t is [string, string] => typeof t[1] === 'string' && t[1].trim().length > 0)
          .map(([soort, tekst]) => ({ sleutel: soort, soort: `melding.${soort}`, tekst, betreft })),
      },
    );
    return Object.fromEntries(reply.aantekeningen.map((a) => [a.sleutel, a.aantekeningRef]));
  }
}

function zonderLeeg<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}

/** A stable RPC request id per report and step, so a retried call stores nothing twice. */
function uuidVoor(meldingId: string, stap: string): string {
  const h = createHash('sha256').update(`${meldingId}|${stap}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
