import type { Problem } from '@vt/platform';
import type { OntvangMeldingCommand } from '../../../meldingen/use-cases/ontvang-melding/ontvang-melding.command';

/**
 * A police batch as the use case receives it: per item the report, or the problem the item's validation
 * found, so one bad item never refuses the others.
 */
export interface OntvangMeldingbatchCommand {
  items: ({ melding: OntvangMeldingCommand } | { probleem: Problem })[];
}

/** The job as the answer to the batch shows it (202); its progress is read at `GET /meldingbatches/{id}`. */
export interface MeldingbatchAangenomen {
  id: string;
  status: 'in-behandeling' | 'voltooid';
  aantal: number;
  wachtend: number;
  opgeslagen: number;
  geweigerd: number;
}
