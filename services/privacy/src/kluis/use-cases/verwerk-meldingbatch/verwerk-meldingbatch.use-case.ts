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
import { KluisRepository, type KluisRepositoryPort } from '../../persistence/kluis.repository';
import { SleutelDienst, type SleutelDienstPort } from '../../sleutels/sleutel-dienst';
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

/**
 * A police batch in the vault (ADR 0020): its people and texts are sealed when intake accepts the batch, so
 * intake keeps none of them while the job waits; the batch worker then registers the people of a chunk in
 * one call and seals the texts of the items that joined a known file in at most one more. A staged item is
 * destroyed (row and data key) once its texts are sealed on their file.
 */
@Injectable()
export class VerwerkMeldingbatch {
  constructor(
    @Inject(KluisRepository) private readonly repository: KluisRepositoryPort,
    private readonly crypto: KluisService,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
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
    await this.sleutels.bewaar(verzegeld.flatMap((v) => v.dataKeys));
    await this.repository.save({
      personen: [],
      aantekeningen: verzegeld.flatMap((v) => v.rijen),
      dossierPersonen: [],
      verzoek: { verzoekId: command.verzoekId, actie: ACTIE, antwoord, verwerktOp: nu },
    });
    return antwoord;
  }

  /**
   * In order and in one transaction that holds the locks of every item: a person created for one item is
   * known to the items after it (VT-6.6-a), and the chunk costs one commit, not one per report.
   */
  async registreer(command: RegistreerMeldingbatchCommand): Promise<MeldingbatchRegistrerenV1Reply> {
    const inhoud = await this.inhouden(command.items.map((i) => i.inhoudRef));
    const commands = command.items.map((item) => {
      const i = inhoud.get(item.inhoudRef);
      return (
        i && {
          verzoekId: item.verzoekId,
          regio: item.regio,
          personen: i.personen,
          nieuwDossier: { dossierId: item.nieuwDossierId, aantekeningen: i.teksten },
        }
      );
    });
    const sloten = commands.flatMap((c) => (c ? this.registreerPersonen.sloten(c) : []));
    return this.repository.withLocks(sloten, async (tx) => {
      const items: PersonenRegistrerenV1Reply[] = [];
      const verzegeld: string[] = [];
      for (const [n, item] of command.items.entries()) {
        const c = commands[n];
        // A staged copy already destroyed belongs to an item whose answer is stored.
        const antwoord = c
          ? await this.registreerPersonen.binnen(tx, c)
          : await this.opgeslagen<PersonenRegistrerenV1Reply>(tx, item.verzoekId);
        // Its texts are sealed on the new file: the staged copy has served its purpose.
        if (c && antwoord.nieuwDossier) verzegeld.push(item.inhoudRef);
        items.push(antwoord);
      }
      await this.vernietig(tx, verzegeld);
      return { items };
    });
  }

  /** Every item's texts on its file, in one transaction; each staged copy is destroyed once sealed. */
  async legVast(command: LegMeldingbatchVastCommand): Promise<MeldingbatchVastleggenV1Reply> {
    const inhoud = await this.inhouden(command.items.map((i) => i.inhoudRef));
    return this.repository.withLocks([], async (tx) => {
      const items: AantekeningenVastleggenV1Reply[] = [];
      for (const item of command.items) {
        const i = inhoud.get(item.inhoudRef);
        items.push(
          i
            ? await this.legAantekeningenVast.execute(
                {
                  verzoekId: item.verzoekId,
                  regio: item.regio,
                  dossierId: item.dossierId,
                  personen: item.personen,
                  aantekeningen: i.teksten.map(({ betreftSleutels: _s, ...t }) => ({
                    ...t,
                    betreft: item.betreft,
                  })),
                },
                tx,
              )
            : await this.opgeslagen<AantekeningenVastleggenV1Reply>(tx, item.verzoekId),
        );
      }
      await this.vernietig(
        tx,
        command.items.filter((i) => inhoud.has(i.inhoudRef)).map((i) => i.inhoudRef),
      );
      return { items };
    });
  }

  /** The staged contents still held, opened, by ref. */
  private async inhouden(refs: string[]): Promise<Map<string, BatchmeldingInhoud>> {
    const rijen = await this.repository.findAantekeningen(refs);
    const sleutels = await this.sleutels.ontsluit(rijen.map((r) => r.keyId));
    return new Map(
      rijen.map((r) => [
        r.aantekeningRef,
        JSON.parse(this.crypto.openAantekening(r, sleutels.get(r.keyId))) as BatchmeldingInhoud,
      ]),
    );
  }

  /**
   * Staged copies that served their purpose: rows deleted, then their keys destroyed before the transaction
   * commits (ADR 0023), so a key never outlives its rows; a failed commit leaves rows under dead keys, which
   * the retry deletes.
   */
  private async vernietig(tx: KluisRepositoryPort, refs: string[]): Promise<void> {
    const keyIds = await tx.vernietigAantekeningen(refs);
    if (keyIds.length) await this.sleutels.vernietig(keyIds, this.clock.now());
  }

  private async opgeslagen<T>(tx: KluisRepositoryPort, verzoekId: string): Promise<T> {
    const eerder = await tx.findAntwoord<T>(verzoekId);
    if (!eerder) throw new OngeldigeOpdracht('unknown inhoudRef');
    return eerder;
  }
}
