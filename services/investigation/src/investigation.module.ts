import { Module } from '@nestjs/common';
import { PlatformModule } from '@vt/platform';
import { INVESTIGATION_MIGRATIONS } from './migrations';
import { TrajectenController } from './trajecten/http/trajecten.controller';
import { Traject } from './trajecten/persistence/traject.entity';
import { StartTrajectWhenVeiligheidsbeoordelingBesloten } from './trajecten/messaging/start-traject-when-veiligheidsbeoordeling-besloten.handler';
import { VerwijderTrajectenWhenDossierVernietigd } from './trajecten/messaging/verwijder-trajecten-when-dossier-vernietigd.handler';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'investigation',
      schema: 'investigation',
      entities: [Traject],
      migrations: INVESTIGATION_MIGRATIONS,
    }),
  ],
  controllers: [TrajectenController],
  providers: [StartTrajectWhenVeiligheidsbeoordelingBesloten, VerwijderTrajectenWhenDossierVernietigd],
})
export class InvestigationModule {}

export const INVESTIGATION_SERVICE = {
  name: 'investigation',
  title: 'Veilig Thuis — Voorwaarden & Vervolg en Onderzoek',
  description:
    'Voorwaarden & Vervolg en Onderzoek binnen 10 weken (§9, §10), vooronderzoek, overdracht (§11.4) en afstemming met de strafrechtketen (§2.4).',
  defaultPort: 3103,
};
