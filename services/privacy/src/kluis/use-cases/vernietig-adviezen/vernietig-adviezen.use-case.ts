import { Inject, Injectable } from '@nestjs/common';
import type { AdviesVernietigenV1Reply } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { KluisRepository, type KluisRepositoryPort } from '../../persistence/kluis.repository';
import type { VernietigAdviezenCommand } from './vernietig-adviezen.command';

const ACTIE = 'advies.vernietigen';

/**
 * VT-15.3.4.1-a: advice is kept for 2 years after the last contact, then destroyed: the files' texts
 * and seekers go, their data keys with them. Idempotent by verzoekId; a file already destroyed has
 * nothing left, so a retry with another verzoekId destroys none.
 */
@Injectable()
export class VernietigAdviezen {
  constructor(
    @Inject(KluisRepository) private readonly repository: KluisRepositoryPort,
    private readonly clock: Clock,
  ) {}

  async execute(command: VernietigAdviezenCommand): Promise<AdviesVernietigenV1Reply> {
    const eerder = await this.repository.findAntwoord<AdviesVernietigenV1Reply>(command.verzoekId);
    if (eerder) return eerder;
    return this.repository.vernietigAdviezen([...new Set(command.adviesdossierIds)], {
      verzoekId: command.verzoekId,
      actie: ACTIE,
      verwerktOp: this.clock.now(),
    });
  }
}
