import { Module } from '@nestjs/common';
import { PlatformModule } from '@vt/platform';
import { ASSESSMENT_MIGRATIONS } from './migrations';
import {
  BesluitvormingController,
  ContactEnOverdrachtController,
} from './veiligheidsbeoordelingen/http/besluitvorming.controller';
import { TermijnnalevingController } from './termijnnaleving/http/termijnnaleving.controller';
import { TermijnnalevingRepository } from './termijnnaleving/persistence/termijnnaleving.repository';
import { LeesTermijnnaleving } from './termijnnaleving/use-cases/lees-termijnnaleving/lees-termijnnaleving.use-case';
import { TermijnbewakingRepository } from './termijnbewaking/persistence/termijnbewaking.repository';
import { Termijnbewaking } from './termijnbewaking/termijnbewaking';
import { VeiligheidsbeoordelingenController } from './veiligheidsbeoordelingen/http/veiligheidsbeoordelingen.controller';
import { StartBeoordelingWhenMeldingOntvangen } from './veiligheidsbeoordelingen/messaging/start-beoordeling-when-melding-ontvangen.handler';
import { BESLUITVORMING_PROVIDERS } from './veiligheidsbeoordelingen/besluitvorming.providers';
import { CONTACT_EN_OVERDRACHT_ENTITIES } from './veiligheidsbeoordelingen/persistence/contact-en-overdracht.entities';
import { BESLUITVORMING_ENTITIES } from './veiligheidsbeoordelingen/persistence/besluitvorming.entities';
import { Veiligheidsbeoordeling } from './veiligheidsbeoordelingen/persistence/veiligheidsbeoordeling.entity';
import { VeiligheidsbeoordelingRepository } from './veiligheidsbeoordelingen/persistence/veiligheidsbeoordeling.repository';
import { VerwijderBeoordelingenWhenDossierVernietigd } from './veiligheidsbeoordelingen/messaging/verwijder-beoordelingen-when-dossier-vernietigd.handler';
import { StartBeoordelingWhenMeldingInBehandelingGenomen } from './veiligheidsbeoordelingen/messaging/start-beoordeling-when-melding-in-behandeling-genomen.handler';
import { VerwijderBeoordelingWhenMeldingIngetrokken } from './veiligheidsbeoordelingen/messaging/verwijder-beoordeling-when-melding-ingetrokken.handler';
import { ToewijzingController } from './werkvoorraad/http/toewijzing.controller';
import { WerkvoorraadController } from './werkvoorraad/http/werkvoorraad.controller';
import { ToewijzingRepository } from './werkvoorraad/persistence/toewijzing.repository';
import { KluisClient } from './werkvoorraad/privacy/kluis.client';
import { WijsBeoordelingToe } from './werkvoorraad/use-cases/wijs-beoordeling-toe/wijs-beoordeling-toe.use-case';
import { Toewijzing } from './werkvoorraad/persistence/toewijzing.entity';
import { WerkvoorraadRepository } from './werkvoorraad/persistence/werkvoorraad.repository';
import { LeesWerkvoorraad } from './werkvoorraad/use-cases/lees-werkvoorraad/lees-werkvoorraad.use-case';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'assessment',
      schema: 'assessment',
      entities: [
        Veiligheidsbeoordeling,
        Toewijzing,
        ...BESLUITVORMING_ENTITIES,
        ...CONTACT_EN_OVERDRACHT_ENTITIES,
      ],
      migrations: ASSESSMENT_MIGRATIONS,
    }),
  ],
  controllers: [
    VeiligheidsbeoordelingenController,
    BesluitvormingController,
    ContactEnOverdrachtController,
    WerkvoorraadController,
    ToewijzingController,
    TermijnnalevingController,
  ],
  providers: [
    VeiligheidsbeoordelingRepository,
    StartBeoordelingWhenMeldingOntvangen,
    ...BESLUITVORMING_PROVIDERS,
    VerwijderBeoordelingenWhenDossierVernietigd,
    StartBeoordelingWhenMeldingInBehandelingGenomen,
    VerwijderBeoordelingWhenMeldingIngetrokken,
    TermijnbewakingRepository,
    Termijnbewaking,
    WerkvoorraadRepository,
    LeesWerkvoorraad,
    ToewijzingRepository,
    KluisClient,
    WijsBeoordelingToe,
    TermijnnalevingRepository,
    LeesTermijnnaleving,
  ],
})
export class AssessmentModule {}

export const ASSESSMENT_SERVICE = {
  name: 'assessment',
  title: 'Veilig Thuis — veiligheidsbeoordeling',
  description:
    'De veiligheidsbeoordeling binnen 5 werkdagen (§7, §8, §11.3): informatie verzamelen, taxatie, besluit met collegiale consultatie, zicht op veiligheid.',
  defaultPort: 3102,
};
