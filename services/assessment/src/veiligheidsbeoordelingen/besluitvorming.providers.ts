import type { Provider } from '@nestjs/common';
import { BesluitvormingRepository } from './persistence/besluitvorming.repository';
import { KluisClient } from './privacy/kluis.client';
import { LegTaxatieVast } from './use-cases/leg-taxatie-vast/leg-taxatie-vast.use-case';
import { NeemBesluit } from './use-cases/neem-besluit/neem-besluit.use-case';
import { VerzamelInformatie } from './use-cases/verzamel-informatie/verzamel-informatie.use-case';

/** The steps of §7.4, §8, §11.3 and §12.2: listed here, so the module file changes once. */
export const BESLUITVORMING_PROVIDERS: Provider[] = [
  BesluitvormingRepository,
  KluisClient,
  VerzamelInformatie,
  LegTaxatieVast,
  NeemBesluit,
];
