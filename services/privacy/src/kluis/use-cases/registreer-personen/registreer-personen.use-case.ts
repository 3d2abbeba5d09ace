import { Inject, Injectable } from '@nestjs/common';
import type { PersonenRegistrerenV1Reply } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { OngeldigeOpdracht } from '../../domain/kluis.errors';
import { gebrekAanNietTerInzage, gebrekenInAantekeningen } from '../../domain/dossiervorming';
import { gebrekAanNieuwDossier, opentNieuwDossier } from '../../domain/nieuw-dossier';
import { gegevensVan, type PersoonGegevens, RADAR_CATEGORIEEN, vulAan } from '../../domain/persoon-gegevens';
import {
  naamGeboortedatum,
  naamGeboortedatumTeIndexeren,
  ongeldigeBsn,
  type Vergelijkbaar,
  zoekwaarden,
  zoekZelfdePersoon,
} from '../../domain/radar';
import { type GeopendeKandidaat, KluisService } from '../../kluis.service';
import {
  type Kandidaat,
  KluisRepository,
  type KluisRepositoryPort,
  type KluisWijzigingen,
} from '../../persistence/kluis.repository';
import { type NieuweSleutel, SleutelDienst, type SleutelDienstPort } from '../../sleutels/sleutel-dienst';
import type { RegistreerPersonenCommand } from './registreer-personen.command';

/** Who the radar decrypts for when the caller names nobody, and why (the RPC's `sub` / `doelbinding`). */
const STANDAARD_VERWERKING = { sub: 'dienst:onbekend', doelbinding: 'melding-registreren' };

const ACTIE = 'personen.registreren';

/**
 * Finds or creates the people of a report (radar, §1.3): a household member already known by BSN, or by
 * surname and birth date, keeps the persoonRef, so intake can find the running or earlier files.
 * When the caller names a new file and nobody turned out to be known, the people are linked to it and its
 * texts sealed in the same call (`nieuwDossier`), which saves intake a second round trip.
 */
@Injectable()
export class RegistreerPersonen {
  constructor(
    @Inject(KluisRepository) private readonly repository: KluisRepositoryPort,
    private readonly crypto: KluisService,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    private readonly clock: Clock,
  ) {}

  async execute(command: RegistreerPersonenCommand): Promise<PersonenRegistrerenV1Reply> {
    return this.repository.withLocks(this.sloten(command), (tx) => this.binnen(tx, command));
  }

  /**
   * The advisory locks a call takes: one per blind-index value it matches on. A caller that registers
   * several calls in one transaction (a chunk of a police batch, ADR 0020) takes those of all of them.
   * Refuses a call that breaks a rule before any lock is taken.
   */
  sloten(command: RegistreerPersonenCommand): string[] {
    this.toets(command);
    const { bidxBsn, bidxNaamGd } = this.zoekindexen(command);
    return [...bidxBsn.map((b) => `bsn:${b}`), ...bidxNaamGd.map((b) => `naam-gd:${b}`)];
  }

  /** One call in a transaction that holds its `sloten`: a person an earlier call in it created is known. */
  async binnen(
    tx: KluisRepositoryPort,
    command: RegistreerPersonenCommand,
  ): Promise<PersonenRegistrerenV1Reply> {
    this.toets(command);
    const eerder = await tx.findAntwoord<PersonenRegistrerenV1Reply>(command.verzoekId);
    if (eerder) return eerder;
    const { bidxBsn, bidxNaamGd, naamGeboortedata } = this.zoekindexen(command);
    const kandidaten = await tx.findKandidaten(bidxBsn, bidxNaamGd);
    const dataKeys = await this.sleutels.ontsluit(kandidaten.map((k) => k.keyId));
    return this.registreer(tx, command, kandidaten, dataKeys, new Set(naamGeboortedata));
  }

  private toets(command: RegistreerPersonenCommand): void {
    const teksten = command.nieuwDossier?.aantekeningen ?? [];
    const gebrek =
      ongeldigeBsn(command.personen) ??
      gebrekAanNieuwDossier(command.personen, command.nieuwDossier) ??
      gebrekAanNietTerInzage(
        command.personen,
        teksten,
        command.personen.filter((p) => p.nietTerInzage).length,
        { personen: 'personen', aantekeningen: 'nieuwDossier.aantekeningen' },
      ) ??
      gebrekenInAantekeningen(teksten, 'nieuwDossier.aantekeningen');
    if (gebrek) throw new OngeldigeOpdracht(gebrek);
  }

  private zoekindexen(command: RegistreerPersonenCommand) {
    const { bsns, naamGeboortedata } = zoekwaarden(command.personen);
    return {
      bidxBsn: bsns.map((b) => this.crypto.bidxBsn(b)),
      bidxNaamGd: naamGeboortedata.map((w) => this.crypto.bidxNaamGeboortedatum(w)),
      naamGeboortedata,
    };
  }

  private async registreer(
    tx: KluisRepositoryPort,
    command: RegistreerPersonenCommand,
    kandidaten: Kandidaat[],
    dataKeys: ReadonlyMap<string, Buffer>,
    vergrendeld: ReadonlySet<string>,
  ): Promise<PersonenRegistrerenV1Reply> {
    const nu = this.clock.now();
    // Stored candidates first, then the people this call creates: a household listed twice is one person.
    const opgeslagen = new Map(
      kandidaten.map((k) => [k.persoonRef, this.crypto.openKandidaat(k, dataKeys.get(k.keyId))]),
    );
    const vergelijkbaar: Vergelijkbaar[] = [...opgeslagen.values()];
    const nieuw = { dataKeys: [] as NieuweSleutel[], personen: [] as KluisWijzigingen['personen'] };
    const aangevuld = new Map<string, { kandidaat: GeopendeKandidaat; gegevens: PersoonGegevens }>();
    const personen: PersonenRegistrerenV1Reply['personen'] = [];
    for (const p of command.personen) {
      const gegevens = gegevensVan(p);
      const bekend = zoekZelfdePersoon(p, this.crypto.radarIndexen(p), vergelijkbaar);
      if (bekend) {
        const { persoon, match } = bekend;
        personen.push({ sleutel: p.sleutel, persoonRef: persoon.persoonRef, match });
        // A person created earlier in this call already holds all he is given.
        const kandidaat = opgeslagen.get(persoon.persoonRef);
        if (kandidaat) {
          const huidig = aangevuld.get(kandidaat.persoonRef)?.gegevens ?? kandidaat.gegevens();
          const aanvulling = vulAan(huidig, gegevens, nu);
          if (aanvulling) aangevuld.set(kandidaat.persoonRef, { kandidaat, gegevens: aanvulling });
        }
        continue;
      }
      const { rij, dataKey } = this.crypto.sealPersoon({
        regio: command.regio,
        gegevens,
        bsn: p.bsn,
        naamGd: naamGeboortedatum(p),
        nietTerInzage: p.nietTerInzage ?? false,
        nu,
      });
      nieuw.dataKeys.push(dataKey);
      nieuw.personen.push(rij);
      vergelijkbaar.push({
        persoonRef: rij.persoonRef,
        bidxBsn: rij.bidxBsn,
        bidxNaamGd: rij.bidxNaamGd,
        gegevens: () => gegevens,
      });
      personen.push({ sleutel: p.sleutel, persoonRef: rij.persoonRef, match: 'nieuw' });
    }

    const antwoord: PersonenRegistrerenV1Reply = { personen };
    const dossier =
      command.nieuwDossier && opentNieuwDossier(personen.map((p) => p.match))
        ? this.koppelNieuwDossier(command, command.nieuwDossier, personen, nu)
        : undefined;
    if (dossier) antwoord.nieuwDossier = dossier.antwoord;
    await this.sleutels.bewaar([...nieuw.dataKeys, ...(dossier?.dataKeys ?? [])]);
    const verwerking = { ...STANDAARD_VERWERKING, ...command.verwerking };
    await tx.save({
      personen: nieuw.personen,
      aangevuld: [...aangevuld.values()].map(({ kandidaat, gegevens }) =>
        this.crypto.sealAanvulling(kandidaat, gegevens, naamGeboortedatumTeIndexeren(gegevens, vergrendeld)),
      ),
      aantekeningen: dossier?.aantekeningen ?? [],
      dossierPersonen: dossier?.dossierPersonen ?? [],
      verzoek: { verzoekId: command.verzoekId, actie: ACTIE, antwoord, verwerktOp: nu },
      // Every candidate the radar decrypted, whether he turned out to be the same person or not.
      toegang: [...opgeslagen.values()]
        .filter((k) => k.geopend())
        .map((k) => ({
          ...verwerking,
          tijdstip: nu,
          regio: command.regio,
          handeling: 'radar',
          persoonRef: k.persoonRef,
          aantekeningRef: null,
          categorieen: RADAR_CATEGORIEEN,
        })),
    });
    return antwoord;
  }

  /** Every person of the call goes on the new file with its role; each text is sealed under its own key. */
  private koppelNieuwDossier(
    command: RegistreerPersonenCommand,
    { dossierId, aantekeningen }: NonNullable<RegistreerPersonenCommand['nieuwDossier']>,
    personen: PersonenRegistrerenV1Reply['personen'],
    nu: Date,
  ) {
    const refs = new Map(personen.map((p) => [p.sleutel, p.persoonRef]));
    const verzegeld = this.crypto.sealAantekeningen(
      aantekeningen.map((a) => ({
        ...a,
        betreft: a.betreftSleutels.map((label) => refs.get(label) as string),
      })),
      { regio: command.regio, dossierId, nu },
    );
    return {
      antwoord: { dossierId, aantekeningen: verzegeld.refs },
      dataKeys: verzegeld.dataKeys,
      aantekeningen: verzegeld.rijen,
      dossierPersonen: command.personen.map((p, i) => ({
        dossierId,
        persoonRef: personen[i].persoonRef,
        rol: p.rol,
      })),
    };
  }
}
