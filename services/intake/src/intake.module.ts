import { Module } from '@nestjs/common';
import { PlatformModule } from '@vt/platform';
import { DossiersController } from './dossiers/http/dossiers.controller';
import { Dossier, DossierPersoon } from './dossiers/persistence/dossier.entity';
import { MeldingenController } from './meldingen/http/meldingen.controller';
import { Melding } from './meldingen/persistence/melding.entity';
import { MeldingRepository } from './meldingen/persistence/melding.repository';
import { KluisClient } from './meldingen/privacy/kluis.client';
import { OntvangMelding } from './meldingen/use-cases/ontvang-melding/ontvang-melding.use-case';
import { MeldingbatchesController } from './meldingbatches/http/meldingbatches.controller';
import { MELDINGBATCH_ENTITIES } from './meldingbatches/persistence/meldingbatch.entity';
import { MeldingbatchRepository } from './meldingbatches/persistence/meldingbatch.repository';
import { BatchKluisClient } from './meldingbatches/privacy/batch-kluis.client';
import {
  BatchWerk,
  OntvangMeldingbatch,
} from './meldingbatches/use-cases/ontvang-meldingbatch/ontvang-meldingbatch.use-case';
import { VerwerkMeldingbatchdeel } from './meldingbatches/use-cases/verwerk-meldingbatchdeel/verwerk-meldingbatchdeel.use-case';
import { MeldingbatchVerwerker } from './meldingbatches/worker/meldingbatch-verwerker';
import { INTAKE_MIGRATIONS } from './migrations';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'intake',
      schema: 'intake',
      entities: [Dossier, DossierPersoon, Melding, ...MELDINGBATCH_ENTITIES],
      migrations: INTAKE_MIGRATIONS,
    }),
  ],
  controllers: [MeldingenController, DossiersController, MeldingbatchesController],
  providers: [
    OntvangMelding,
    MeldingRepository,
    KluisClient,
    OntvangMeldingbatch,
    VerwerkMeldingbatchdeel,
    MeldingbatchRepository,
    BatchKluisClient,
    MeldingbatchVerwerker,
    { provide: BatchWerk, useExisting: MeldingbatchVerwerker },
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
