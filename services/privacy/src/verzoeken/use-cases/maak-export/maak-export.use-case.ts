import { Injectable, NotFoundException } from '@nestjs/common';
import { RegelOvertreding } from '@vt/contracts';
import { KeyDestroyed } from '../../../kluis/crypto/envelope';
import { KluisService } from '../../../kluis/kluis.service';
import { type InzageExport, inzageExport, type OpenAantekening } from '../../domain/export';
import { verzoekTekstAad } from '../../domain/verzoek-teksten';
import { type KluisAantekening, VerzoekRepository } from '../../persistence/verzoek.repository';

export interface MaakExportContext {
  gebruiker: { regio: string };
}

/**
 * The copy of a granted inzage or afschrift (VT-15.8.1-a): the person's own record and the texts about
 * him, through the allow-list projection `inzageExport`, so the niet-ter-inzage part (§15.6) and the texts
 * the decision withheld never reach it. A text whose key was destroyed is no longer there to show.
 */
@Injectable()
export class MaakExport {
  constructor(
    private readonly verzoeken: VerzoekRepository,
    private readonly kluis: KluisService,
  ) {}

  async execute(id: string, ctx: MaakExportContext): Promise<InzageExport> {
    return this.verzoeken.transaction(async (tx) => {
      const v = await this.verzoeken.vind(tx, id);
      if (!v || v.regio !== ctx.gebruiker.regio) throw new NotFoundException();
      const toegewezen = v.uitkomst === 'toegewezen' || v.uitkomst === 'gedeeltelijk';
      if ((v.soort !== 'inzage' && v.soort !== 'afschrift') || !toegewezen)
        throw new RegelOvertreding(
          'VT-15.8.1-a',
          'een kopie hoort bij een toegewezen verzoek om inzage of afschrift',
          [{ field: 'id', message: 'geen toegewezen inzage of afschrift' }],
        );
      const persoon = await this.verzoeken.persoon(tx, v.persoonRef);
      if (!persoon) throw new NotFoundException();
      const teksten = (await this.verzoeken.aantekeningenOver(tx, v.persoonRef))
        // Opened only when the projection may show it: the niet-ter-inzage part is never decrypted here.
        .filter((a) => !a.nietTerInzage)
        .flatMap((a) => this.open(a));
      const geopend = this.kluis.openKandidaat(persoon);
      const gegevens = persoon.nietTerInzage ? undefined : geopend.gegevens();
      const verklaringen = (await this.verzoeken.eigenVerklaringen(tx, v.persoonRef)).map((e) => ({
        verzoekId: e.id,
        tekst:
          this.kluis.openJson<{ toelichting?: string }>(
            geopend.dataKey(),
            e.teksten ?? Buffer.alloc(0),
            verzoekTekstAad(e.id, 'teksten', v.persoonRef),
          ).toelichting ?? '',
        opgenomenOp: new Date(e.beslotenOp ?? 0).toISOString(),
      }));
      const persoonInzage = { gegevens, nietTerInzage: persoon.nietTerInzage };
      return inzageExport(v.persoonRef, persoonInzage, teksten, v.beperkt, verklaringen);
    });
  }

  private open(a: KluisAantekening): OpenAantekening[] {
    try {
      const dataKey = this.kluis.unwrapDataKey(a.keyId, a.wrapped);
      const tekst = this.kluis.openJson<string>(dataKey, a.tekst, {
        table: 'aantekening',
        column: 'tekst',
        rowId: a.aantekeningRef,
      });
      return [
        {
          aantekeningRef: a.aantekeningRef,
          dossierId: a.dossierId,
          soort: a.soort,
          tekst,
          betreft: a.betreft,
          nietTerInzage: a.nietTerInzage,
          aangemaaktOp: new Date(a.aangemaaktOp).toISOString(),
        },
      ];
    } catch (err) {
      if (err instanceof KeyDestroyed) return [];
      throw err;
    }
  }
}
