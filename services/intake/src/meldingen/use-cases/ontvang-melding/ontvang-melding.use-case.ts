import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import pLimit from 'p-limit';
import { EntityManager, type Knex } from '@mikro-orm/postgresql';
import {
  aantekeningenVastleggenV1,
  dossierGeopendV1,
  meldingOntvangenV1,
  type MeldingStatus,
  OngeldigeInvoer,
  personenRegistrerenV1,
  type PersonenRegistrerenV1Reply,
  type TeRegistrerenPersoon,
} from '@vt/contracts';
import type { Gebruiker } from '@vt/auth';
import { antwoordOpslaanSql, Clock, huidigeIdempotentieClaim } from '@vt/platform';
import { Outbox, type OutboxBericht, OutboxRelay, RpcClient } from '@vt/messaging';
import { regioVoorGemeente } from '@vt/regions';
import { Werkdagkalender } from '@vt/werkdagen';
import { beginstatus, melderNietTerInzage, termijnen, toetsMelding } from '../../domain/melding-regels';
import { meldingSloten } from '../../domain/melding-sloten';
import type { OntvangMeldingRequest } from '../../http/dto/ontvang-melding.request';
import type { MeldingOntvangenResponse } from '../../http/dto/melding.response';
import {
  bewaarMelding,
  dossiersVan,
  type MeldingRijen,
  vergrendelMelding,
  vergrendelPersonen,
} from './ontvang-melding.opslag';

/** Clock skew we tolerate on a client-supplied receipt time. */
const MAX_KLOKAFWIJKING_MS = 5 * 60 * 1000;

/** Connections of the pool a report may not take: reads, the relay and readiness keep them. */
const VRIJ_VOOR_DE_REST = 4;

/** Veilig Thuis exists since the Wmo 2015 took effect: no report was received before. */
const EERSTE_ONTVANGST = new Date('2015-01-01T00:00:00+01:00');

/**
 * Receives a report (§6): checks the rules, hands the people and the free text to the privacy vault,
 * joins a running file of the same household or opens a new one, and announces the report.
 */
@Injectable()
export class OntvangMelding {
  /**
   * A report holds its connection from the household locks across the vault call until its commit, so a
   * slow vault would otherwise let reports take the whole pool and stall reads, the relay and readiness.
   * The reports beyond this wait in memory, holding nothing.
   */
  private readonly inBehandeling: pLimit.Limit;

  constructor(
    private readonly em: EntityManager,
    private readonly rpc: RpcClient,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly kalender: Werkdagkalender,
    private readonly clock: Clock,
  ) {
    const pool = (this.em.config.get('pool') as { max?: number } | undefined)?.max ?? 10;
    this.inBehandeling = pLimit(Math.max(1, pool - VRIJ_VOOR_DE_REST));
  }

  async execute(req: OntvangMeldingRequest, gebruiker: Gebruiker): Promise<MeldingOntvangenResponse> {
    const nu = this.clock.now();
    const regio = regioVoorGemeente(req.huishouden.gemeentecode);
    const ontvangenOp = req.ontvangenOp ? new Date(req.ontvangenOp) : nu;
    const fouten = [];
    if (!regio) fouten.push({ field: 'huishouden.gemeentecode', message: 'onbekende gemeentecode' });
    if (ontvangenOp.getTime() > nu.getTime() + MAX_KLOKAFWIJKING_MS) {
      fouten.push({ field: 'ontvangenOp', message: 'ontvangenOp ligt in de toekomst' });
    }
    if (ontvangenOp.getTime() < EERSTE_ONTVANGST.getTime()) {
      fouten.push({ field: 'ontvangenOp', message: 'ontvangenOp ligt voor 2015, toen Veilig Thuis begon' });
    }
    if (fouten.length > 0 || !regio) throw new OngeldigeInvoer(fouten);
    toetsMelding(req);
    // Everything that can refuse the report runs before the vault is asked to keep anybody.
    const deadlines = termijnen(this.kalender, ontvangenOp, req.spoed);

    // A retry of a request that died (same Idempotency-Key, same body) gets the same ids, so the vault's
    // stored replies and intake's rows are those of the first attempt rather than a second set.
    const claim = huidigeIdempotentieClaim();
    const meldingId = claim ? uuidVoor(claim.verzoekId, 'melding') : randomUUID();
    const teksten = tekstenVan(req);
    const status = beginstatus(req.anonimiteit);
    const antwoord = (dossier: GekozenDossier): MeldingOntvangenResponse => ({
      meldingId,
      dossierId: dossier.id,
      regio,
      ontvangenOp: ontvangenOp.toISOString(),
      status,
      ...deadlines,
      lopendDossier: dossier.lopend,
      eerdereDossiers: dossier.eerdereDossiers,
    });
    // The answer to an Idempotency-Key commits with the report: 201 is the status of this endpoint.
    const metAntwoord = (dossier: GekozenDossier) =>
      claim ? antwoordOpslaanSql(claim, 201, antwoord(dossier)) : undefined;

    const dossier = await this.inBehandeling(() =>
      this.em.getKnex().transaction(async (trx) => {
        // Held from before the vault is asked until the file is committed: a report about people the vault
        // could match to these waits here, then finds them known and this report's file running (VT-6.6-a).
        await vergrendelMelding(trx, meldingSloten(req.huishouden.personen));
        // The vault links the people to a file and seals its texts in this same call when nobody turns out to
        // be known: then there is no running file to join (VT-6.6-a) and the file is certainly this new one.
        const nieuwDossierId = uuidVoor(meldingId, 'dossier');
        const registratie = await this.registreerPersonen(meldingId, regio, req, nieuwDossierId, teksten);
        const huishoudenRefs = registratie.personen.filter((p) => p.sleutel.startsWith('huishouden.'));
        const bekendeRefs = huishoudenRefs.filter((p) => p.match !== 'nieuw').map((p) => p.persoonRef);
        const rollen = new Map(req.huishouden.personen.map((p, i) => [`huishouden.${i}`, p.rol]));
        const ontvangst: Ontvangst = {
          req,
          gebruiker,
          meldingId,
          regio,
          nu,
          ontvangenOp,
          status,
          deadlines,
          melderRef: registratie.personen.find((p) => p.sleutel === 'melder')?.persoonRef,
          koppelingen: huishoudenRefs.map((p) => ({
            persoonRef: p.persoonRef,
            rol: rollen.get(p.sleutel) ?? 'overig',
          })),
        };

        if (registratie.nieuwDossier) {
          const nieuw = { id: registratie.nieuwDossier.dossierId, lopend: false, eerdereDossiers: [] };
          const aantekeningRefs = refsPerSleutel(registratie.nieuwDossier.aantekeningen);
          await bewaarMelding(trx, this.rijen(ontvangst, nieuw, aantekeningRefs), metAntwoord(nieuw));
          return nieuw;
        }
        const gekozen = await this.kiesDossier(trx, regio, bekendeRefs, nieuwDossierId);
        const { melderRef, koppelingen } = ontvangst;
        const aantekeningRefs = await this.legTekstenVast(
          meldingId,
          regio,
          gekozen.id,
          melderRef ? [...koppelingen, { persoonRef: melderRef, rol: 'melder' }] : koppelingen,
          huishoudenRefs.map((p) => p.persoonRef),
          teksten,
        );
        await bewaarMelding(trx, this.rijen(ontvangst, gekozen, aantekeningRefs), metAntwoord(gekozen));
        return gekozen;
      }),
    );
    // Rows written with SQL do not pass the unit of work, whose commit hook would otherwise wake the relay.
    this.relay.kick();
    return antwoord(dossier);
  }

  /** The file (when new), its people, the report, and the events announcing them. */
  private rijen(
    o: Ontvangst,
    dossier: GekozenDossier,
    aantekeningRefs: Record<string, string>,
  ): MeldingRijen {
    const { req, regio, nu } = o;
    const berichten: OutboxBericht[] = [];
    if (!dossier.lopend) {
      berichten.push(
        this.outbox.bericht(dossierGeopendV1, {
          regio,
          subject: dossier.id,
          data: {
            dossierId: dossier.id,
            regio,
            geopendOp: nu.toISOString(),
            eerdereDossiers: dossier.eerdereDossiers,
          },
        }),
      );
    }
    berichten.push(
      this.outbox.bericht(meldingOntvangenV1, {
        regio,
        subject: dossier.id,
        data: {
          meldingId: o.meldingId,
          dossierId: dossier.id,
          regio,
          ontvangenOp: o.ontvangenOp.toISOString(),
          spoed: req.spoed,
          status: o.status,
          melderType: req.melder.type,
          anonimiteit: req.anonimiteit,
          lopendDossier: dossier.lopend,
          ...o.deadlines,
        },
      }),
    );
    return {
      nieuwDossier: dossier.lopend
        ? undefined
        : {
            id: dossier.id,
            regio,
            status: 'lopend',
            fase: 'veiligheidsbeoordeling',
            geopendOp: nu,
            eerdereDossiers: dossier.eerdereDossiers,
          },
      dossierPersonen: o.koppelingen.map((k) => ({ dossierId: dossier.id, ...k })),
      melding: {
        id: o.meldingId,
        dossierId: dossier.id,
        regio,
        gemeentecode: req.huishouden.gemeentecode,
        kanaal: req.kanaal,
        ontvangenOp: o.ontvangenOp,
        spoed: req.spoed,
        status: o.status,
        melderType: req.melder.type,
        melderRef: o.melderRef ?? null,
        anonimiteit: req.anonimiteit,
        anonimiteitsgrond: req.anonimiteitsgrond ?? null,
        meldcodePlichtig: req.melder.meldcodePlichtig ?? null,
        toestemmingIdentiteitDelen: req.melder.toestemmingIdentiteitDelen ?? null,
        schaalvraag: req.zorgen.schaalvraag,
        strafrechtelijkOnderzoek: req.zorgen.strafrechtelijkOnderzoek ?? null,
        aantekeningRefs,
        ...o.deadlines,
        geregistreerdDoor: o.gebruiker.sub,
        geregistreerdOp: nu,
      },
      berichten,
    };
  }

  /**
   * VT-6.6-a: a running file of any of these people is joined; otherwise a new file lists their earlier,
   * closed files (radar, VT-15.3.2). Advisory locks per person keep two reports about one household
   * from opening two files at once.
   */
  private async kiesDossier(
    trx: Knex.Transaction,
    regio: string,
    bekendeRefs: string[],
    nieuwDossierId: string,
  ): Promise<GekozenDossier> {
    await vergrendelPersonen(trx, [...bekendeRefs].sort());
    const bestaande = await dossiersVan(trx, regio, bekendeRefs);
    const lopend = bestaande.find((d) => d.status === 'lopend');
    if (lopend) return { id: lopend.id, lopend: true, eerdereDossiers: lopend.eerdereDossiers };
    return { id: nieuwDossierId, lopend: false, eerdereDossiers: bestaande.map((d) => d.id) };
  }

  private async registreerPersonen(
    meldingId: string,
    regio: string,
    req: OntvangMeldingRequest,
    nieuwDossierId: string,
    teksten: Tekst[],
  ): Promise<PersonenRegistrerenV1Reply> {
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
        nietTerInzage: melderNietTerInzage(req),
      });
    }
    return this.rpc.request(personenRegistrerenV1, {
      verzoekId: uuidVoor(meldingId, 'personen'),
      regio,
      personen: personen.map(zonderLeeg),
      nieuwDossier: {
        dossierId: nieuwDossierId,
        aantekeningen: teksten.map((t) => ({
          ...t,
          betreftSleutels: req.huishouden.personen.map((_, i) => `huishouden.${i}`),
        })),
      },
    });
  }

  private async legTekstenVast(
    meldingId: string,
    regio: string,
    dossierId: string,
    koppelingen: { persoonRef: string; rol: string }[],
    betreft: string[],
    teksten: Tekst[],
  ): Promise<Record<string, string>> {
    const reply = await this.rpc.request(aantekeningenVastleggenV1, {
      verzoekId: uuidVoor(meldingId, 'aantekeningen'),
      regio,
      dossierId,
      personen: koppelingen,
      aantekeningen: teksten.map((t) => ({ ...t, betreft })),
    });
    return refsPerSleutel(reply.aantekeningen);
  }
}

/** A report whose people are registered, before it is written. */
interface Ontvangst {
  req: OntvangMeldingRequest;
  gebruiker: Gebruiker;
  meldingId: string;
  regio: string;
  nu: Date;
  ontvangenOp: Date;
  status: MeldingStatus;
  deadlines: ReturnType<typeof termijnen>;
  melderRef?: string;
  /** The household's people and their roles in this report (the reporter is not on intake's file). */
  koppelingen: { persoonRef: string; rol: string }[];
}

interface GekozenDossier {
  id: string;
  /** A running file joined (VT-6.6-a), rather than a new one. */
  lopend: boolean;
  eerdereDossiers: string[];
}

interface Tekst {
  sleutel: string;
  soort: string;
  tekst: string;
}

/** The report's free texts for the vault; empty ones are not stored. */
function tekstenVan(req: OntvangMeldingRequest): Tekst[] {
  const teksten: [string, string | undefined][] = [
    ['zorgen.omschrijving', req.zorgen.omschrijving],
    ['zorgen.schaalvraagToelichting', req.zorgen.schaalvraagToelichting],
    ['zorgen.verwachtingen', req.zorgen.verwachtingen],
  ];
  return teksten
    .filter((t): t is [string, string] => typeof t[1] === 'string' && t[1].trim().length > 0)
    .map(([sleutel, tekst]) => ({ sleutel, soort: `melding.${sleutel}`, tekst }));
}

function refsPerSleutel(
  aantekeningen: { sleutel: string; aantekeningRef: string }[],
): Record<string, string> {
  return Object.fromEntries(aantekeningen.map((a) => [a.sleutel, a.aantekeningRef]));
}

function zonderLeeg<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}

/** A stable id per report (or request) and step, so a retried call stores nothing twice. */
function uuidVoor(id: string, stap: string): string {
  const h = createHash('sha256').update(`${id}|${stap}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
