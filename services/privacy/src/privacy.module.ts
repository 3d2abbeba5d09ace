import { Module } from '@nestjs/common';
import { PlatformModule } from '@vt/platform';
import { KluisModule } from './kluis/kluis.module';
import { KLUIS_ENTITIES } from './kluis/persistence/kluis.entities';
import { RECHTEN_ENTITIES, RechtenModule } from './rechten.module';
import { PRIVACY_MIGRATIONS } from './migrations';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'privacy',
      schema: 'privacy',
      entities: [...KLUIS_ENTITIES, ...RECHTEN_ENTITIES],
      migrations: PRIVACY_MIGRATIONS,
    }),
    KluisModule,
    RechtenModule,
  ],
})
export class PrivacyModule {}

export const PRIVACY_SERVICE = {
  name: 'privacy',
  title: 'Veilig Thuis — privacy',
  description:
    'De kluis van het platform: de enige dienst die persoonsgegevens en vrije tekst bewaart (versleuteld), met inzage, bewaartermijnen en vernietiging (§14, §15).',
  defaultPort: 3105,
};
