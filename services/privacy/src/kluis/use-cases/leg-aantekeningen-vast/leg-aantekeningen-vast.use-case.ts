import { Inject, Injectable } from '@nestjs/common';
import type { AantekeningenVastleggenV1Reply } from '@vt/contracts';
import { Clock } from '@vt/platform';
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

  async execute(command: LegAantekeningenVastCommand): Promise<AantekeningenVastleggenV1Reply> {
    const eerder = await this.repository.findAntwoord<AantekeningenVastleggenV1Reply>(command.verzoekId);
    if (eerder) return eerder;
    const refs = [
      ...new Set([
        ...command.personen.map((p) => p.persoonRef),
        ...command.aantekeningen.flatMap((a) => a.betreft),
      ]),
    ];
    if ((await this.repository.countPersonen(refs)) !== refs.length)
      throw new OngeldigeOpdracht('unknown persoonRef');

    const nu = this.clock.now();
    const verzegeld = this.crypto.sealAantekeningen(command.aantekeningen, {
      regio: command.regio,
      dossierId: command.dossierId,
      nu,
    });
    const antwoord: AantekeningenVastleggenV1Reply = { aantekeningen: verzegeld.refs };
    await this.sleutels.bewaar(verzegeld.dataKeys);
    await this.repository.save({
      personen: [],
      aantekeningen: verzegeld.rijen,
      dossierPersonen: command.personen.map((p) => ({ ...p, dossierId: command.dossierId })),
      verzoek: { verzoekId: command.verzoekId, actie: ACTIE, antwoord, verwerktOp: nu },
    });
    return antwoord;
  }
}
