import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { RegelOvertreding } from '@vt/contracts';
import { KeyDestroyed } from '../../../kluis/crypto/envelope';
import { Clock } from '@vt/platform';
import { gegevensCategorieen } from '../../../kluis/domain/persoon-gegevens';
import { KluisService } from '../../../kluis/kluis.service';
import { ontsluitKandidaat } from '../../../kluis/sleutels/ontsluit-kandidaat';
import { SleutelDienst, type SleutelDienstPort } from '../../../kluis/sleutels/sleutel-dienst';
import {
  type NieuweToegang,
  ToegangslogRepository,
} from '../../../toegangslog/persistence/toegangslog.repository';
import { type InzageExport, inzageExport, type OpenAantekening } from '../../domain/export';
import { verzoekTekstAad } from '../../domain/verzoek-teksten';
import { type KluisAantekening, VerzoekRepository } from '../../persistence/verzoek.repository';

export interface MaakExportContext {
  gebruiker: { sub: string; regio: string };
}

/** Why an export decrypts (the access log's `doelbinding`). */
const DOELBINDING = 'inzage-export';

/**
 * The copy of a granted inzage or afschrift (VT-15.8.1-a): the person's own record and the texts about
 * him, through the allow-list projection `inzageExport`, so the niet-ter-inzage part (§15.6) and the texts
 * the decision withheld never reach it. A text whose key was destroyed is no longer there to show. Every
 * decryption is logged with its purpose in the export's transaction, before the copy leaves (ADR 0023).
 */
@Injectable()
export class MaakExport {
  constructor(
    private readonly verzoeken: VerzoekRepository,
    private readonly kluis: KluisService,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    @Inject(ToegangslogRepository) private readonly toegangslog: Pick<ToegangslogRepository, 'voegToe'>,
    private readonly clock: Clock,
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
      // Opened only when the projection may show it: the niet-ter-inzage part is never decrypted here.
      const zichtbaar = (await this.verzoeken.aantekeningenOver(tx, v.persoonRef)).filter(
        (a) => !a.nietTerInzage,
      );
      const dataKeys = await this.sleutels.ontsluit(zichtbaar.map((a) => a.keyId));
      const teksten = zichtbaar.flatMap((a) => this.open(a, dataKeys.get(a.keyId)));
      const geopend = await ontsluitKandidaat(this.kluis, this.sleutels, persoon);
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
      const toegang = (t: Pick<NieuweToegang, 'persoonRef' | 'aantekeningRef' | 'categorieen'>) => ({
        tijdstip: this.clock.now(),
        sub: ctx.gebruiker.sub,
        regio: v.regio,
        handeling: 'lezen',
        doelbinding: DOELBINDING,
        ...t,
      });
      await this.toegangslog.voegToe(
        [
          ...(gegevens || verklaringen.length > 0
            ? [
                toegang({
                  persoonRef: v.persoonRef,
                  aantekeningRef: null,
                  categorieen: [
                    ...(gegevens ? gegevensCategorieen(gegevens) : []),
                    ...(verklaringen.length > 0 ? ['eigen-verklaring'] : []),
                  ],
                }),
              ]
            : []),
          ...teksten.map((t) =>
            toegang({
              persoonRef: v.persoonRef,
              aantekeningRef: t.aantekeningRef,
              categorieen: ['aantekening'],
            }),
          ),
        ],
        tx,
      );
      return inzageExport(v.persoonRef, persoonInzage, teksten, v.beperkt, verklaringen);
    });
  }

  private open(a: KluisAantekening, dataKey: Buffer | undefined): OpenAantekening[] {
    if (!dataKey) return [];
    try {
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
