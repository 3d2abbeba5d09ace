import { Inject, Injectable } from '@nestjs/common';
import type { MeldingVernietigenV1Reply } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { KluisRepository, type KluisRepositoryPort } from '../../persistence/kluis.repository';
import { SleutelDienst, type SleutelDienstPort } from '../../sleutels/sleutel-dienst';
import type { VernietigMeldingCommand } from './vernietig-melding.command';

const ACTIE = 'melding.vernietigen';

/**
 * VT-6.7-b: a report Veilig Thuis removed after its reporter withdrew it takes its data with it. The data
 * keys are destroyed (every copy of the ciphertext, backups included, becomes unreadable) and the rows go.
 * Only rows of the caller's region are touched; a retry with the same verzoekId gets the first answer.
 */
@Injectable()
export class VernietigMelding {
  constructor(
    @Inject(KluisRepository) private readonly repository: KluisRepositoryPort,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    private readonly clock: Clock,
  ) {}

  async execute(command: VernietigMeldingCommand): Promise<MeldingVernietigenV1Reply> {
    const eerder = await this.repository.findAntwoord<MeldingVernietigenV1Reply>(command.verzoekId);
    if (eerder) return eerder;
    const nu = this.clock.now();
    return this.repository.withLocks([], async (tx) => {
      const { antwoord, keyIds } = await tx.vernietig(
        {
          regio: command.regio,
          dossierId: command.dossierId,
          aantekeningRefs: [...command.aantekeningRefs],
          persoonRefs: [...command.persoonRefs],
        },
        { verzoekId: command.verzoekId, actie: ACTIE, verwerktOp: nu },
      );
      // Before the rows' deletion commits: a failure leaves rows to retry on, never a live key without them.
      await this.sleutels.vernietig(keyIds, nu);
      return antwoord;
    });
  }
}
