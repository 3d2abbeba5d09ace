import { Injectable } from '@nestjs/common';
import type { Gebruiker } from '@vt/auth';
import { Clock } from '@vt/platform';
import { Werkdagkalender } from '@vt/werkdagen';
import { cursorVan, positieUit } from '../../domain/cursor';
import { statusBereik, termijnstand } from '../../domain/termijnstand';
import { Werkdagteller } from '../../domain/werkdagteller';
import { INDICATOREN, type WerkvoorraadRij } from '../../domain/werkvoorraad-vraag';
import { WerkvoorraadRepository } from '../../persistence/werkvoorraad.repository';
import type { LeesWerkvoorraadCommand, Werkvoorraad, WerkvoorraadItem } from './lees-werkvoorraad.command';

export const STANDAARD_LIMIET = 50;

/**
 * The worklist (§7, VT-7.2-a): the assessments of the reader's region in the order of their legal deadline,
 * each with the working days left and the indicators a case worker weighs; one keyset page at a time.
 */
@Injectable()
export class LeesWerkvoorraad {
  /** Constant-time working-day counts: a page of long-overdue rows would otherwise count day by day. */
  private readonly teller: Werkdagteller;

  constructor(
    private readonly werkvoorraad: WerkvoorraadRepository,
    private readonly kalender: Werkdagkalender,
    private readonly clock: Clock,
  ) {
    this.teller = new Werkdagteller(kalender);
  }

  async execute(
    c: LeesWerkvoorraadCommand,
    gebruiker: Pick<Gebruiker, 'sub' | 'regio'>,
  ): Promise<Werkvoorraad> {
    const na = c.cursor === undefined ? undefined : positieUit(c.cursor);
    const vandaag = this.kalender.datumInAmsterdam(this.clock.now());
    const bereik = c.status ? statusBereik(this.teller, c.status, vandaag) : {};
    const limiet = c.limiet ?? STANDAARD_LIMIET;
    const rijen = await this.werkvoorraad.pagina({
      regio: gebruiker.regio,
      weergave: c.weergave,
      medewerker: gebruiker.sub,
      dossierhouder: c.dossierhouder,
      uiterlijkVan: bereik.van,
      uiterlijkTot: bereik.tot,
      indicatoren: Object.fromEntries(INDICATOREN.filter((i) => c[i] !== undefined).map((i) => [i, c[i]])),
      na,
      limiet,
    });
    const pagina = rijen.slice(0, limiet);
    const laatste = pagina.at(-1);
    return {
      items: pagina.map((r) => this.item(r, vandaag)),
      ...(rijen.length > limiet && laatste
        ? {
            volgende: cursorVan({
              uiterlijk: laatste.uiterlijk,
              ontvangenOp: laatste.ontvangenOpTekst,
              id: laatste.id,
            }),
          }
        : {}),
    };
  }

  private item(r: WerkvoorraadRij, vandaag: string): WerkvoorraadItem {
    return {
      veiligheidsbeoordelingId: r.id,
      dossierId: r.dossierId,
      fase: r.status === 'open' ? 'veiligheidsbeoordeling' : 'besloten',
      uiterlijk: r.uiterlijk,
      ontvangenOp: r.ontvangenOp,
      ...termijnstand(this.teller, r.uiterlijk, vandaag),
      ...(r.dossierhouder ? { dossierhouder: r.dossierhouder } : {}),
      ...Object.fromEntries(INDICATOREN.map((i) => [i, r[i]])),
    } as WerkvoorraadItem;
  }
}
