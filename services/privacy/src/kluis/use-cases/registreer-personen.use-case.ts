import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  naamGeboortedatumSleutel,
  normaliseerNaam,
  type PersonenRegistrerenV1Reply,
  type PersonenRegistrerenV1Request,
  type PersoonMatch,
  type TeRegistrerenPersoon,
} from '@vt/contracts';
import { OngeldigVerzoek } from '@vt/messaging';
import { gegevensVan, type PersoonGegevens, vulAan } from '../domain/persoon-gegevens';
import { KluisService } from '../kluis.service';
import type { Aantekening, DossierPersoon } from '../persistence/kluis.entities';
import {
  type Aanvulling,
  type Kandidaat,
  KluisOpslag,
  type NieuwePersoon,
  type NieuweSleutel,
} from '../persistence/kluis.opslag';

const ACTIE = 'personen.registreren';

/** A person the radar may compare against: a stored candidate, or one created earlier in this call. */
interface Vergelijkbaar {
  persoonRef: string;
  bidxBsn: string | null;
  bidxNaamGd: string | null;
  gegevens: () => PersoonGegevens;
  /** A stored candidate's data key, to seal what a report adds to him; absent for people of this call. */
  dek?: () => Buffer;
}

/**
 * Finds or creates the people of a report (radar, §1.3): a household member already known by BSN, or by
 * surname and birth date, keeps the persoonRef, so intake can find the running or earlier files.
 * Reporters and niet-ter-inzage identities are never matched: they always get a fresh ref.
 * When the caller names a new file and nobody turned out to be known, the people are linked to it and its
 * texts sealed in the same call (`nieuwDossier`), which saves intake a second round trip.
 */
@Injectable()
export class RegistreerPersonen {
  constructor(
    private readonly opslag: KluisOpslag,
    private readonly kluis: KluisService,
  ) {}

  async execute(req: PersonenRegistrerenV1Request): Promise<PersonenRegistrerenV1Reply> {
    if (req.nieuwDossier) toetsNieuwDossier(req);

    const matchbare = req.personen.filter(matchbaar);
    const bidxBsn = matchbare.filter((p) => p.bsn).map((p) => this.kluis.bidxBsn(p.bsn as string));
    // The surname + birth date values this call matches on, and so locks.
    const naamGdSleutels = new Set(
      matchbare.flatMap((p) => naamGeboortedatumSleutel(p.achternaam, p.geboortedatum) ?? []),
    );
    const bidxNaamGd = [...naamGdSleutels].map((k) => this.kluis.bidxNaamGeboortedatum(k));
    return this.opslag.onderSlot(
      [...bidxBsn.map((b) => `bsn:${b}`), ...bidxNaamGd.map((b) => `naam-gd:${b}`)],
      async (opslag) => {
        const eerder = await opslag.eerderAntwoord<PersonenRegistrerenV1Reply>(req.verzoekId);
        if (eerder) return eerder;
        const kandidaten = await opslag.kandidaten(bidxBsn, bidxNaamGd);
        return this.registreer(opslag, req, kandidaten, naamGdSleutels);
      },
    );
  }

  private async registreer(
    opslag: KluisOpslag,
    req: PersonenRegistrerenV1Request,
    kandidaten: Kandidaat[],
    vergrendeld: ReadonlySet<string>,
  ): Promise<PersonenRegistrerenV1Reply> {
    // Stored candidates first, then the people this call creates: a household listed twice is one person.
    const vergelijkbaar: Vergelijkbaar[] = kandidaten.map((k) => this.alsVergelijkbaar(k));

    const nu = new Date();
    const sleutels: NieuweSleutel[] = [];
    const nieuwePersonen: NieuwePersoon[] = [];
    const aangevuld = new Map<string, { kandidaat: Vergelijkbaar; gegevens: PersoonGegevens }>();
    const personen: PersonenRegistrerenV1Reply['personen'] = [];
    for (const p of req.personen) {
      const bekend = matchbaar(p) ? this.zoek(vergelijkbaar, p) : undefined;
      if (bekend) {
        const { kandidaat, match } = bekend;
        personen.push({ sleutel: p.sleutel, persoonRef: kandidaat.persoonRef, match });
        if (kandidaat.dek) {
          const huidig = aangevuld.get(kandidaat.persoonRef)?.gegevens ?? kandidaat.gegevens();
          const nieuw = vulAan(huidig, gegevensVan(p as unknown as Record<string, unknown>), nu);
          if (nieuw) aangevuld.set(kandidaat.persoonRef, { kandidaat, gegevens: nieuw });
        }
        continue;
      }
      const persoonRef = randomUUID();
      const { dek, rij } = this.kluis.nieuweSleutel('persoon', persoonRef);
      const gegevens = gegevensVan(p as unknown as Record<string, unknown>);
      const naamGd = naamGeboortedatumSleutel(p.achternaam, p.geboortedatum);
      const persoon: NieuwePersoon = {
        persoonRef,
        regio: req.regio,
        keyId: rij.keyId,
        gegevens: this.kluis.sealJson(dek, gegevens, persoonAad(persoonRef)),
        bidxBsn: p.bsn && !p.nietTerInzage ? this.kluis.bidxBsn(p.bsn) : null,
        bidxNaamGd: naamGd && !p.nietTerInzage ? this.kluis.bidxNaamGeboortedatum(naamGd) : null,
        nietTerInzage: p.nietTerInzage ?? false,
        aangemaaktOp: nu,
      };
      sleutels.push(rij);
      nieuwePersonen.push(persoon);
      vergelijkbaar.push({
        persoonRef,
        bidxBsn: persoon.bidxBsn,
        bidxNaamGd: persoon.bidxNaamGd,
        gegevens: () => gegevens,
      });
      personen.push({ sleutel: p.sleutel, persoonRef, match: 'nieuw' });
    }

    const antwoord: PersonenRegistrerenV1Reply = { personen };
    const dossier =
      req.nieuwDossier && personen.every((p) => p.match === 'nieuw')
        ? this.koppelNieuwDossier(req, req.nieuwDossier, personen, nu)
        : undefined;
    if (dossier) antwoord.nieuwDossier = dossier.antwoord;
    await opslag.bewaar({
      sleutels: [...sleutels, ...(dossier?.sleutels ?? [])],
      personen: nieuwePersonen,
      aangevuld: [...aangevuld.values()].map(({ kandidaat, gegevens }) =>
        this.verzegelAanvulling(kandidaat, gegevens, vergrendeld),
      ),
      aantekeningen: dossier?.aantekeningen ?? [],
      dossierPersonen: dossier?.dossierPersonen ?? [],
      verzoek: { verzoekId: req.verzoekId, actie: ACTIE, antwoord, verwerktOp: nu },
    });
    return antwoord;
  }

  /** Every person of the call goes on the new file with its role; each text is sealed under its own key. */
  private koppelNieuwDossier(
    req: PersonenRegistrerenV1Request,
    nieuw: NonNullable<PersonenRegistrerenV1Request['nieuwDossier']>,
    personen: PersonenRegistrerenV1Reply['personen'],
    nu: Date,
  ) {
    const { dossierId } = nieuw;
    const refs = new Map(personen.map((p) => [p.sleutel, p.persoonRef]));
    const sleutels: NieuweSleutel[] = [];
    const aantekeningen: Aantekening[] = [];
    const verzegeld = nieuw.aantekeningen.map((a) => {
      const { rij, sleutel } = this.kluis.verzegelAantekening({
        ...a,
        regio: req.regio,
        dossierId,
        betreft: a.betreftSleutels.map((s) => refs.get(s) as string),
        nu,
      });
      sleutels.push(sleutel);
      aantekeningen.push(rij);
      return { sleutel: a.sleutel, aantekeningRef: rij.aantekeningRef };
    });
    const dossierPersonen: DossierPersoon[] = req.personen.map((p, i) => ({
      dossierId,
      persoonRef: personen[i].persoonRef,
      rol: p.rol,
    }));
    return { antwoord: { dossierId, aantekeningen: verzegeld }, sleutels, aantekeningen, dossierPersonen };
  }

  /** Opens a stored candidate lazily and once: most calls never need to decrypt anyone. */
  private alsVergelijkbaar(k: Kandidaat): Vergelijkbaar {
    let dek: Buffer | undefined;
    let open: PersoonGegevens | undefined;
    const sleutel = () => {
      if (!k.sleutelBestaat) throw new Error('data key of a candidate is missing');
      dek ??= this.kluis.ontsleutel(k.keyId, k.wrapped);
      return dek;
    };
    return {
      persoonRef: k.persoonRef,
      bidxBsn: k.bidxBsn,
      bidxNaamGd: k.bidxNaamGd,
      dek: sleutel,
      gegevens: () => {
        open ??= this.kluis.openJson<PersoonGegevens>(sleutel(), k.gegevens, persoonAad(k.persoonRef));
        return open;
      },
    };
  }

  /**
   * A known person's completed record, sealed again under his own data key (so destroying him still
   * destroys it), with blind indexes of what he is now known by: a BSN learnt later makes him findable by it.
   */
  private verzegelAanvulling(
    kandidaat: Vergelijkbaar,
    gegevens: PersoonGegevens,
    vergrendeld: ReadonlySet<string>,
  ): Aanvulling {
    // A surname + birth date index only under a value this call holds the lock for (one the report gave);
    // otherwise a concurrent report with that name could miss him. Identity fields are only ever added, so
    // his BSN is either the stored one or the report's.
    const sleutel = naamGeboortedatumSleutel(gegevens.achternaam, gegevens.geboortedatum);
    const naamGd = sleutel && vergrendeld.has(sleutel) ? sleutel : undefined;
    return {
      persoonRef: kandidaat.persoonRef,
      gegevens: this.kluis.sealJson(
        (kandidaat.dek as () => Buffer)(),
        gegevens,
        persoonAad(kandidaat.persoonRef),
      ),
      bidxBsn: gegevens.bsn ? this.kluis.bidxBsn(gegevens.bsn) : null,
      bidxNaamGd: naamGd ? this.kluis.bidxNaamGeboortedatum(naamGd) : kandidaat.bidxNaamGd,
    };
  }

  /** Blind index narrows to a few candidates; decrypting them decides (truncated indexes collide). */
  private zoek(
    vergelijkbaar: Vergelijkbaar[],
    p: TeRegistrerenPersoon,
  ): { kandidaat: Vergelijkbaar; match: PersoonMatch } | undefined {
    if (p.bsn) {
      const bidx = this.kluis.bidxBsn(p.bsn);
      for (const kandidaat of vergelijkbaar.filter((v) => v.bidxBsn === bidx)) {
        if (kandidaat.gegevens().bsn === p.bsn) return { kandidaat, match: 'bsn' };
      }
    }
    const naamGd = naamGeboortedatumSleutel(p.achternaam, p.geboortedatum);
    if (naamGd) {
      const bidx = this.kluis.bidxNaamGeboortedatum(naamGd);
      for (const kandidaat of vergelijkbaar.filter((v) => v.bidxNaamGd === bidx)) {
        const g = kandidaat.gegevens();
        const zelfdeVoornaam =
          !p.voornaam || !g.voornaam || normaliseerNaam(p.voornaam) === normaliseerNaam(g.voornaam);
        // Two people with the same surname and birth date but different BSNs are different people.
        const bsnTegenstrijdig = p.bsn && g.bsn && p.bsn !== g.bsn;
        if (
          naamGeboortedatumSleutel(g.achternaam, g.geboortedatum) === naamGd &&
          zelfdeVoornaam &&
          !bsnTegenstrijdig
        ) {
          return { kandidaat, match: 'naam-geboortedatum' };
        }
      }
    }
    return undefined;
  }
}

/** The texts of a new file name their people by `sleutel`, so a sleutel must name exactly one person. */
function toetsNieuwDossier(req: PersonenRegistrerenV1Request): void {
  const sleutels = new Set(req.personen.map((p) => p.sleutel));
  if (sleutels.size !== req.personen.length)
    throw new OngeldigVerzoek('personen: sleutel must be unique with nieuwDossier');
  if (req.nieuwDossier?.aantekeningen.some((a) => a.betreftSleutels.some((s) => !sleutels.has(s))))
    throw new OngeldigVerzoek('nieuwDossier: betreftSleutels names an unknown sleutel');
}

/** A person's record is bound to its row and person: it cannot be moved to another one. */
function persoonAad(persoonRef: string) {
  return { table: 'persoon', column: 'gegevens', rowId: persoonRef, persoonRef };
}

function matchbaar(p: TeRegistrerenPersoon): boolean {
  return !p.nietTerInzage && p.rol !== 'melder';
}
