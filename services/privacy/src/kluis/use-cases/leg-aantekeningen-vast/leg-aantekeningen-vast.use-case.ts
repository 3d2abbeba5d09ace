import { Inject, Injectable } from '@nestjs/common';
import type { AantekeningenVastleggenV1Reply } from '@vt/contracts';
import { Clock } from '@vt/platform';
import {
  gebrekAanNietTerInzage,
  gebrekenInAantekeningen,
  NIET_TER_INZAGE_ROLLEN,
} from '../../domain/dossiervorming';
import { OngeldigeOpdracht } from '../../domain/kluis.errors';
import { KluisService } from '../../kluis.service';
import { KluisRepository, type KluisRepositoryPort } from '../../persistence/kluis.repository';
import { SleutelDienst, type SleutelDienstPort } from '../../sleutels/sleutel-dienst';
import type { LegAantekeningenVastCommand } from './leg-aantekeningen-vast.command';

const ACTIE = 'aantekeningen.vastleggen';

/** Links the people to their file and seals each free text under its own data key. */
@Injectable()
export class LegAantekeningenVast {
  constructor(
    @Inject(KluisRepository) private readonly repository: KluisRepositoryPort,
    private readonly crypto: KluisService,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    private readonly clock: Clock,
  ) {}

  /** `repository`: the caller's transaction, when it seals several calls at once (ADR 0020). */
  async execute(
    command: LegAantekeningenVastCommand,
    repository: KluisRepositoryPort = this.repository,
  ): Promise<AantekeningenVastleggenV1Reply> {
    const eerder = await repository.findAntwoord<AantekeningenVastleggenV1Reply>(command.verzoekId);
    if (eerder) return eerder;
    const refs = [
      ...new Set([
        ...command.personen.map((p) => p.persoonRef),
        ...command.aantekeningen.flatMap((a) => a.betreft),
      ]),
    ];
    if ((await repository.countPersonen(refs)) !== refs.length)
      throw new OngeldigeOpdracht('unknown persoonRef');
    const gebrek =
      gebrekenInAantekeningen(command.aantekeningen, 'aantekeningen') ??
      gebrekAanNietTerInzage([], command.aantekeningen, await this.anoniemen(command), {
        personen: 'personen',
        aantekeningen: 'aantekeningen',
      });
    if (gebrek) throw new OngeldigeOpdracht(gebrek);

    const nu = this.clock.now();
    const verzegeld = this.crypto.sealAantekeningen(command.aantekeningen, {
      regio: command.regio,
      dossierId: command.dossierId,
      nu,
    });
    const antwoord: AantekeningenVastleggenV1Reply = { aantekeningen: verzegeld.refs };
    await this.sleutels.bewaar(verzegeld.dataKeys);
    await repository.save({
      personen: [],
      aantekeningen: verzegeld.rijen,
      dossierPersonen: command.personen.map((p) => ({ ...p, dossierId: command.dossierId })),
      verzoek: { verzoekId: command.verzoekId, actie: ACTIE, antwoord, verwerktOp: nu },
    });
    return antwoord;
  }

  /** How many of the call's reporters and informants are anonymous (stored niet-ter-inzage), when it matters. */
  private async anoniemen(command: LegAantekeningenVastCommand): Promise<number> {
    if (!command.aantekeningen.some((a) => a.nietTerInzage)) return 0;
    const refs = command.personen
      .filter((p) => NIET_TER_INZAGE_ROLLEN.includes(p.rol))
      .map((p) => p.persoonRef);
    return refs.length === 0 ? 0 : this.repository.countNietTerInzage(refs);
  }
}
