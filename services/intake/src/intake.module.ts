import { Module } from '@nestjs/common';
import { PlatformModule } from '@vt/platform';
import { DossiersController } from './dossiers/http/dossiers.controller';
import { Dossier, DossierPersoon } from './dossiers/persistence/dossier.entity';
import { MeldingenController } from './meldingen/http/meldingen.controller';
import { Melding } from './meldingen/persistence/melding.entity';
import { MeldingRepository } from './meldingen/persistence/melding.repository';
import { KluisClient } from './meldingen/privacy/kluis.client';
import { OntvangMelding } from './meldingen/use-cases/ontvang-melding/ontvang-melding.use-case';
import { INTAKE_MIGRATIONS } from './migrations';
import { SluitDossierWhenDossierAfgesloten } from './dossiers/messaging/sluit-dossier-when-dossier-afgesloten.handler';
import { VerwijderDossierWhenDossierVernietigd } from './dossiers/messaging/verwijder-dossier-when-dossier-vernietigd.handler';
import { VerwijderVerwijzingenWhenPersoonVernietigd } from './dossiers/messaging/verwijder-verwijzingen-when-persoon-vernietigd.handler';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'intake',
      schema: 'intake',
      entities: [Dossier, DossierPersoon, Melding],
      migrations: INTAKE_MIGRATIONS,
    }),
  ],
  controllers: [MeldingenController, DossiersController],
  providers: [
    OntvangMelding,
    MeldingRepository,
    KluisClient,
    SluitDossierWhenDossierAfgesloten,
    VerwijderDossierWhenDossierVernietigd,
    VerwijderVerwijzingenWhenPersoonVernietigd,
  ],
})
export class IntakeModule {}

export const INTAKE_SERVICE = {
  name: 'intake',
  title: 'Veilig Thuis — intake',
  description:
    'Eerste contact, advies en meldingen (§3–6): ontvangst, anonimiteit, intrekking en het dossierregister. Bewaart alleen verwijzingen; persoonsgegevens staan in de privacydienst.',
  defaultPort: 3101,
};
