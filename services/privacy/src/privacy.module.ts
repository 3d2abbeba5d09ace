import { Module } from '@nestjs/common';
import { PlatformModule } from '@vt/platform';
import { KluisModule } from './kluis/kluis.module';
import { KLUIS_ENTITIES } from './kluis/persistence/kluis.entities';
import { kluisDatabaseUrl, zetRolWachtwoorden } from './kluis/sleutels/database-rollen';
import { RECHTEN_ENTITIES, RechtenModule } from './rechten.module';
import { PRIVACY_MIGRATIONS } from './migrations';
import { ToegangslogRegel } from './toegangslog/persistence/toegangslog.entity';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'privacy',
      schema: 'privacy',
      entities: [...KLUIS_ENTITIES, ToegangslogRegel, ...RECHTEN_ENTITIES],
      migrations: PRIVACY_MIGRATIONS,
      // ADR 0023: the vault runs as a role that PostgreSQL refuses `privacy_keys`; DATABASE_URL only migrates.
      databaseVerbinding: async (databaseUrl) => {
        await zetRolWachtwoorden(databaseUrl);
        return kluisDatabaseUrl(databaseUrl);
      },
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
