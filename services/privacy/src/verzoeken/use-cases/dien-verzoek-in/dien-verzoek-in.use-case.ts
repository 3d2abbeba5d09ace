import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { OngeldigeInvoer, verzoekOntvangenV1 } from '@vt/contracts';
import { Outbox } from '@vt/messaging';
import { Clock } from '@vt/platform';
import { Werkdagkalender } from '@vt/werkdagen';
import { gegevensCategorieen } from '../../../kluis/domain/persoon-gegevens';
import { type GeopendeKandidaat, KluisService } from '../../../kluis/kluis.service';
import { ontsluitKandidaat } from '../../../kluis/sleutels/ontsluit-kandidaat';
import { SleutelDienst, type SleutelDienstPort } from '../../../kluis/sleutels/sleutel-dienst';
import {
  type NieuweToegang,
  ToegangslogRepository,
} from '../../../toegangslog/persistence/toegangslog.repository';
import type { Verzoek } from '../../persistence/verzoek.entity';
import { type KluisPersoon, VerzoekRepository } from '../../persistence/verzoek.repository';
import { verzoekTermijnen } from '../../domain/verzoek-termijnen';
import { leeftijdOp, toetsIndiening, WIE_MAG_UITOEFENEN_VERSIE } from '../../domain/wie-mag-uitoefenen';
import { verzoekTekstAad } from '../../domain/verzoek-teksten';
import type { DienVerzoekInCommand, VerzoekOntvangen } from './dien-verzoek-in.command';

export interface DienVerzoekInContext {
  gebruiker: { sub: string; regio: string };
}

/**
 * Receives a data-subject request (§15.8): checks who may exercise the right at the person's age on the
 * request date (§15.8.6.1), computes its terms, seals its free text under the person's own key and
 * announces it. A refused request stores nothing and announces nothing.
 */
@Injectable()
export class DienVerzoekIn {
  constructor(
    private readonly verzoeken: VerzoekRepository,
    private readonly kluis: KluisService,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    @Inject(ToegangslogRepository) private readonly toegangslog: Pick<ToegangslogRepository, 'voegToe'>,
    private readonly kalender: Werkdagkalender,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(command: DienVerzoekInCommand, ctx: DienVerzoekInContext): Promise<VerzoekOntvangen> {
    const nu = this.clock.now();
    const ontvangenOp = new Date(command.ontvangenOp);
    if (ontvangenOp.getTime() > nu.getTime())
      throw new OngeldigeInvoer([{ field: 'ontvangenOp', message: 'mag niet in de toekomst liggen' }]);
    // VT-15.8.4-a: an own statement says that and why the person disagrees: the explanation is the statement.
    if (command.soort === 'eigen-verklaring' && !command.toelichting)
      throw new OngeldigeInvoer([{ field: 'toelichting', message: 'de eigen verklaring zelf is verplicht' }]);
    const ontvangen = this.kalender.datumInAmsterdam(ontvangenOp);

    const gelezen: { persoonRef: string; geopend: GeopendeKandidaat }[] = [];
    try {
      return await this.registreer(command, ctx, { nu, ontvangenOp, ontvangen }, gelezen);
    } catch (err) {
      // A refused request may have decrypted too: those reads are logged on their own.
      await this.toegangslog.voegToe(toegangVan(gelezen, ctx, nu));
      throw err;
    }
  }

  private async registreer(
    command: DienVerzoekInCommand,
    ctx: DienVerzoekInContext,
    { nu, ontvangenOp, ontvangen }: { nu: Date; ontvangenOp: Date; ontvangen: string },
    gelezen: { persoonRef: string; geopend: GeopendeKandidaat }[],
  ): Promise<VerzoekOntvangen> {
    const { persoonRef } = command;
    const indienerRef = command.ingediendDoor.persoonRef;
    return this.verzoeken.transaction(async (tx) => {
      const persoon = await this.verzoeken.persoon(tx, persoonRef);
      // Another region's person is not revealed (contract §1 auth).
      if (!persoon || persoon.regio !== ctx.gebruiker.regio) throw new NotFoundException();
      const geopend = await ontsluitKandidaat(this.kluis, this.sleutels, persoon);
      gelezen.push({ persoonRef, geopend });
      const geboortedatum = geopend.gegevens().geboortedatum;
      const leeftijd = geboortedatum ? leeftijdOp(geboortedatum, ontvangen) : undefined;
      const indiener = indienerRef === persoonRef ? undefined : await this.verzoeken.persoon(tx, indienerRef);
      const geopendeIndiener =
        indienerRef === persoonRef
          ? { rij: persoon, geopend }
          : indiener && {
              rij: indiener,
              geopend: await ontsluitKandidaat(this.kluis, this.sleutels, indiener),
            };
      if (geopendeIndiener && indiener)
        gelezen.push({ persoonRef: indienerRef, geopend: geopendeIndiener.geopend });
      toetsIndiening({
        soort: command.soort,
        hoedanigheid: command.ingediendDoor.hoedanigheid,
        persoonRef,
        indienerRef,
        leeftijd,
        wilsonbekwaam: command.wilsonbekwaam !== undefined,
        indienerHeeftGezag: heeftGezag(geopendeIndiener, ctx.gebruiker.regio),
        delenDossier:
          indienerRef !== persoonRef && (await this.verzoeken.delenDossier(tx, persoonRef, indienerRef)),
      });
      const weerlegd = await this.verzoeken.onderzoekWeerlegd(tx, persoonRef);
      const termijnen = verzoekTermijnen(this.kalender, command.soort, ontvangen, weerlegd);
      const id = randomUUID();
      const teksten =
        command.toelichting !== undefined || command.wilsonbekwaam
          ? this.kluis.sealJson(
              { keyId: persoon.keyId, dataKey: geopend.dataKey() },
              {
                toelichting: command.toelichting,
                wilsonbekwaamMotivering: command.wilsonbekwaam?.motivering,
              },
              verzoekTekstAad(id, 'teksten', persoonRef),
            )
          : null;
      const verzoek: Verzoek = {
        id,
        regio: persoon.regio,
        soort: command.soort,
        persoonRef,
        indienerRef,
        hoedanigheid: command.ingediendDoor.hoedanigheid,
        ontvangenOp,
        leeftijd: leeftijd ?? null,
        wilsonbekwaam: command.wilsonbekwaam !== undefined,
        regelVersie: WIE_MAG_UITOEFENEN_VERSIE,
        beslissenUiterlijk: termijnen.beslissenUiterlijk,
        uitvoerenUiterlijk: termijnen.uitvoerenUiterlijk ?? null,
        teksten,
        status: 'ontvangen',
        geregistreerdDoor: ctx.gebruiker.sub,
        uitkomst: null,
        grond: null,
        motivering: null,
        beperkt: [],
        beslotenOp: null,
        beslotenDoor: null,
        uitgevoerdOp: null,
      };
      const bericht = this.outbox.bericht(verzoekOntvangenV1, {
        regio: persoon.regio,
        time: nu,
        data: {
          verzoekId: id,
          soort: command.soort,
          persoonRef,
          hoedanigheid: command.ingediendDoor.hoedanigheid,
          regio: persoon.regio,
          ontvangenOp: ontvangenOp.toISOString(),
          ...termijnen,
        },
      });
      await this.verzoeken.voegToe(tx, verzoek, bericht);
      // The decryptions of this request (ADR 0023), last in its transaction: no entry, no request.
      await this.toegangslog.voegToe(toegangVan(gelezen, ctx, nu), tx);
      gelezen.length = 0;
      return { id, ...termijnen };
    });
  }
}

/** VT-15.8.6.1-e: parental authority as the vault records it for the representative, in this region. */
function heeftGezag(
  indiener: { rij: KluisPersoon; geopend: GeopendeKandidaat } | undefined,
  regio: string,
): boolean {
  if (!indiener || indiener.rij.regio !== regio || indiener.rij.nietTerInzage) return false;
  const gezag = indiener.geopend.gegevens().gezag;
  return gezag === true || (typeof gezag === 'string' && gezag.trim() !== '' && gezag !== 'nee');
}

/** The access-log entries of the persons this request decrypted, with its purpose. */
function toegangVan(
  gelezen: readonly { persoonRef: string; geopend: GeopendeKandidaat }[],
  ctx: DienVerzoekInContext,
  tijdstip: Date,
): NieuweToegang[] {
  return gelezen
    .filter((g) => g.geopend.geopend())
    .map((g) => ({
      tijdstip,
      sub: ctx.gebruiker.sub,
      regio: ctx.gebruiker.regio,
      handeling: 'lezen',
      doelbinding: 'verzoek-betrokkene',
      persoonRef: g.persoonRef,
      aantekeningRef: null,
      categorieen: gegevensCategorieen(g.geopend.gegevens()),
    }));
}
