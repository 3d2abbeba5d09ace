import { Inject, Injectable } from '@nestjs/common';
import type {
  AantekeningenVastleggenV1Reply,
  BatchmeldingInhoud,
  MeldingbatchBewarenV1Reply,
  MeldingbatchRegistrerenV1Reply,
  MeldingbatchVastleggenV1Reply,
  PersonenRegistrerenV1Reply,
} from '@vt/contracts';
import { Clock } from '@vt/platform';
import { OngeldigeOpdracht } from '../../domain/kluis.errors';
import { KluisService } from '../../kluis.service';
import { KluisRepository } from '../../persistence/kluis.repository';
import { LegAantekeningenVast } from '../leg-aantekeningen-vast/leg-aantekeningen-vast.use-case';
import { RegistreerPersonen } from '../registreer-personen/registreer-personen.use-case';
import type {
  BewaarMeldingbatchCommand,
  LegMeldingbatchVastCommand,
  RegistreerMeldingbatchCommand,
} from './verwerk-meldingbatch.command';

const ACTIE = 'meldingbatch.bewaren';
/** What a staged item is among the vault's texts: never shown in an inspection (niet-ter-inzage). */
export const INHOUD_SOORT = 'meldingbatch.inhoud';

export type MeldingbatchRepositoryPort = Pick<
  KluisRepository,
  'findAntwoord' | 'save' | 'findAantekeningen' | 'vernietigAantekeningen'
>;

/**
 * A police batch in the vault (ADR 0020): its people and texts are sealed when intake accepts the batch, so
 * intake keeps none of them while the job waits; the batch worker then registers the people of a chunk in
 * one call and seals the texts of the items that joined a known file in at most one more. A staged item is
 * destroyed (row and data key) once its texts are sealed on their file.
 */
@Injectable()
export class VerwerkMeldingbatch {
  constructor(
    @Inject(KluisRepository) private readonly repository: MeldingbatchRepositoryPort,
    private readonly crypto: KluisService,
    private readonly clock: Clock,
    private readonly registreerPersonen: RegistreerPersonen,
    private readonly legAantekeningenVast: LegAantekeningenVast,
  ) {}

  async bewaar(command: BewaarMeldingbatchCommand): Promise<MeldingbatchBewarenV1Reply> {
    const eerder = await this.repository.findAntwoord<MeldingbatchBewarenV1Reply>(command.verzoekId);
    if (eerder) return eerder;
    const nu = this.clock.now();
    const verzegeld = command.items.map((item) =>
      this.crypto.sealAantekeningen(
        [
          {
            sleutel: item.sleutel,
            soort: INHOUD_SOORT,
            tekst: JSON.stringify(item.inhoud),
            betreft: [],
            nietTerInzage: true,
          },
        ],
        { regio: item.regio, dossierId: command.meldingbatchId, nu },
      ),
    );
    const antwoord: MeldingbatchBewarenV1Reply = {
      items: verzegeld.map((v) => ({ sleutel: v.refs[0].sleutel, inhoudRef: v.refs[0].aantekeningRef })),
    };
    await this.repository.save({
      dataKeys: verzegeld.flatMap((v) => v.dataKeys),
      personen: [],
      aantekeningen: verzegeld.flatMap((v) => v.rijen),
      dossierPersonen: [],
      verzoek: { verzoekId: command.verzoekId, actie: ACTIE, antwoord, verwerktOp: nu },
    });
    return antwoord;
  }

  /** In order: a person the vault created for one item is known to the items after it (VT-6.6-a). */
  async registreer(command: RegistreerMeldingbatchCommand): Promise<MeldingbatchRegistrerenV1Reply> {
    const items: PersonenRegistrerenV1Reply[] = [];
    for (const item of command.items) {
      const eerder = await this.repository.findAntwoord<PersonenRegistrerenV1Reply>(item.verzoekId);
      if (eerder) {
        items.push(eerder);
        continue;
      }
      const inhoud = await this.inhoud(item.inhoudRef);
      const antwoord = await this.registreerPersonen.execute({
        verzoekId: item.verzoekId,
        regio: item.regio,
        personen: inhoud.personen,
        nieuwDossier: { dossierId: item.nieuwDossierId, aantekeningen: inhoud.teksten },
      });
      // Its texts are sealed on the new file: the staged copy has served its purpose.
      if (antwoord.nieuwDossier)
        await this.repository.vernietigAantekeningen([item.inhoudRef], this.clock.now());
      items.push(antwoord);
    }
    return { items };
  }

  async legVast(command: LegMeldingbatchVastCommand): Promise<MeldingbatchVastleggenV1Reply> {
    const items: AantekeningenVastleggenV1Reply[] = [];
    for (const item of command.items) {
      const eerder = await this.repository.findAntwoord<AantekeningenVastleggenV1Reply>(item.verzoekId);
      if (eerder) {
        items.push(eerder);
        continue;
      }
      const inhoud = await this.inhoud(item.inhoudRef);
      items.push(
        await this.legAantekeningenVast.execute({
          verzoekId: item.verzoekId,
          regio: item.regio,
          dossierId: item.dossierId,
          personen: item.personen,
          aantekeningen: inhoud.teksten.map(({ betreftSleutels: _s, ...t }) => ({
            ...t,
            betreft: item.betreft,
          })),
        }),
      );
      await this.repository.vernietigAantekeningen([item.inhoudRef], this.clock.now());
    }
    return { items };
  }

  private async inhoud(inhoudRef: string): Promise<BatchmeldingInhoud> {
    const [rij] = await this.repository.findAantekeningen([inhoudRef]);
    if (!rij) throw new OngeldigeOpdracht('unknown inhoudRef');
    return JSON.parse(this.crypto.openAantekening(rij)) as BatchmeldingInhoud;
  }
}
