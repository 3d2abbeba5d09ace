import type { Provider } from '@nestjs/common';
import { BesluitvormingRepository } from './persistence/besluitvorming.repository';
import { KluisClient } from './privacy/kluis.client';
import { LegTaxatieVast } from './use-cases/leg-taxatie-vast/leg-taxatie-vast.use-case';
import { NeemBesluit } from './use-cases/neem-besluit/neem-besluit.use-case';
import { DraagOver } from './use-cases/draag-over/draag-over.use-case';
import { KoppelTerug } from './use-cases/koppel-terug/koppel-terug.use-case';
import { RegistreerContact } from './use-cases/registreer-contact/registreer-contact.use-case';
import { ZieAfVanContact } from './use-cases/zie-af-van-contact/zie-af-van-contact.use-case';
import { VerzamelInformatie } from './use-cases/verzamel-informatie/verzamel-informatie.use-case';

/** The steps of §7.4, §8, §11.3 and §12.2: listed here, so the module file changes once. */
export const BESLUITVORMING_PROVIDERS: Provider[] = [
  BesluitvormingRepository,
  KluisClient,
  VerzamelInformatie,
  LegTaxatieVast,
  NeemBesluit,
  RegistreerContact,
  ZieAfVanContact,
  DraagOver,
  KoppelTerug,
];
