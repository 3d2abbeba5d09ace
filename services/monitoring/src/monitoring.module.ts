import { Module } from '@nestjs/common';
import { PlatformModule } from '@vt/platform';
import { MONITORING_MIGRATIONS } from './migrations';
import { MonitoringenController } from './monitoringen/http/monitoringen.controller';
import { Monitoring } from './monitoringen/persistence/monitoring.entity';
import { VerwijderMonitoringenWhenDossierVernietigd } from './monitoringen/messaging/verwijder-monitoringen-when-dossier-vernietigd.handler';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'monitoring',
      schema: 'monitoring',
      entities: [Monitoring],
      migrations: MONITORING_MIGRATIONS,
    }),
  ],
  controllers: [MonitoringenController],
  providers: [VerwijderMonitoringenWhenDossierVernietigd],
})
export class MonitoringModule {}

export const MONITORING_SERVICE = {
  name: 'monitoring',
  title: 'Veilig Thuis — monitoring',
  description:
    'Monitoren na overdracht (§13): contactmomenten na 3 en 12 maanden, evaluaties op de vier vragen, escalatie en afsluiten (§12).',
  defaultPort: 3104,
};
