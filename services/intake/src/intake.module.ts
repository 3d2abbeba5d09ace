import { Module } from '@nestjs/common';
import { PlatformModule } from '@vt/platform';
import { AdviezenController } from './adviezen/http/adviezen.controller';
import { Advies, Adviesdossier, Ondersteuningsactie } from './adviezen/persistence/advies.entity';
import { AdviesRepository } from './adviezen/persistence/advies.repository';
import { AdviesKluisClient } from './adviezen/privacy/advies-kluis.client';
import { DoeAmbtshalveMelding } from './adviezen/use-cases/doe-ambtshalve-melding/doe-ambtshalve-melding.use-case';
import { LegOndersteuningVast } from './adviezen/use-cases/leg-ondersteuning-vast/leg-ondersteuning-vast.use-case';
import { RegistreerAdvies } from './adviezen/use-cases/registreer-advies/registreer-advies.use-case';
import { BewaartermijnScheduler } from './adviezen/scheduling/bewaartermijn.scheduler';
import { VernietigVerlopenAdviezen } from './adviezen/use-cases/vernietig-verlopen-adviezen/vernietig-verlopen-adviezen.use-case';
import { TrekToestemmingIn } from './adviezen/use-cases/trek-toestemming-in/trek-toestemming-in.use-case';
import { DossiersController } from './dossiers/http/dossiers.controller';
import { Dossier, DossierPersoon } from './dossiers/persistence/dossier.entity';
import { MeldingenController } from './meldingen/http/meldingen.controller';
import { Melding } from './meldingen/persistence/melding.entity';
import { MeldingIntrekking } from './meldingen/persistence/melding-intrekking.entity';
import { MeldingRepository } from './meldingen/persistence/melding.repository';
import { MeldingBesluitenRepository } from './meldingen/persistence/melding-besluiten.repository';
import { KluisClient } from './meldingen/privacy/kluis.client';
import { NeemInBehandeling } from './meldingen/use-cases/neem-in-behandeling/neem-in-behandeling.use-case';
import { OntvangMelding } from './meldingen/use-cases/ontvang-melding/ontvang-melding.use-case';
import { TrekMeldingIn } from './meldingen/use-cases/trek-melding-in/trek-melding-in.use-case';
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
import { SluitDossierWhenDossierAfgesloten } from './dossiers/messaging/sluit-dossier-when-dossier-afgesloten.handler';
import { SluitDossierWhenMonitoringDossierAfgesloten } from './dossiers/messaging/sluit-dossier-when-monitoring-dossier-afgesloten.handler';
import { VerwijderDossierWhenDossierVernietigd } from './dossiers/messaging/verwijder-dossier-when-dossier-vernietigd.handler';
import { VerwijderVerwijzingenWhenPersoonVernietigd } from './dossiers/messaging/verwijder-verwijzingen-when-persoon-vernietigd.handler';
import { WerkFaseBijWhenMonitoringGestart } from './dossiers/messaging/werk-fase-bij-when-monitoring-gestart.handler';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'intake',
      schema: 'intake',
      entities: [
        Dossier,
        DossierPersoon,
        Melding,
        MeldingIntrekking,
        Adviesdossier,
        Advies,
        Ondersteuningsactie,
        ...MELDINGBATCH_ENTITIES,
      ],
      migrations: INTAKE_MIGRATIONS,
    }),
  ],
  controllers: [MeldingenController, DossiersController, AdviezenController, MeldingbatchesController],
  providers: [
    OntvangMelding,
    MeldingRepository,
    KluisClient,
    SluitDossierWhenDossierAfgesloten,
    SluitDossierWhenMonitoringDossierAfgesloten,
    VerwijderDossierWhenDossierVernietigd,
    VerwijderVerwijzingenWhenPersoonVernietigd,
    NeemInBehandeling,
    TrekMeldingIn,
    MeldingBesluitenRepository,
    WerkFaseBijWhenMonitoringGestart,
    AdviesRepository,
    AdviesKluisClient,
    RegistreerAdvies,
    LegOndersteuningVast,
    TrekToestemmingIn,
    DoeAmbtshalveMelding,
    VernietigVerlopenAdviezen,
    BewaartermijnScheduler,
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
