import { Inject, Injectable } from '@nestjs/common';
import type { AdviesVernietigenV1Reply } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { KluisRepository, type KluisRepositoryPort } from '../../persistence/kluis.repository';
import { SleutelDienst, type SleutelDienstPort } from '../../sleutels/sleutel-dienst';
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
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    private readonly clock: Clock,
  ) {}

  async execute(command: VernietigAdviezenCommand): Promise<AdviesVernietigenV1Reply> {
    const eerder = await this.repository.findAntwoord<AdviesVernietigenV1Reply>(command.verzoekId);
    if (eerder) return eerder;
    const nu = this.clock.now();
    return this.repository.withLocks([], async (tx) => {
      const { antwoord, keyIds } = await tx.vernietigAdviezen([...new Set(command.adviesdossierIds)], {
        verzoekId: command.verzoekId,
        actie: ACTIE,
        verwerktOp: nu,
      });
      // Before the rows' deletion commits: a failure leaves rows to retry on, never a live key without them.
      await this.sleutels.vernietig(keyIds, nu);
      return antwoord;
    });
  }
}
