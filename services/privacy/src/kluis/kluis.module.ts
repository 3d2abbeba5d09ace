import { Module } from '@nestjs/common';
import { PRIVACY_CONFIG, type PrivacyConfig, privacyConfigFromEnv } from '../privacy.config';
import { ToegangslogModule } from '../toegangslog/toegangslog.module';
import { EnvKeyEncryptionKeys } from './crypto/kek';
import { PersonenController } from './http/personen.controller';
import { KluisService } from './kluis.service';
import { KluisRpcHandlers } from './messaging/kluis-rpc.handlers';
import { KluisRepository } from './persistence/kluis.repository';
import { SleutelRepository } from './persistence/sleutel.repository';
import { KEY_ENCRYPTION_KEYS, SleutelDienst } from './sleutels/sleutel-dienst';
import { LeesPersoon } from './use-cases/lees-persoon/lees-persoon.use-case';
import { LegAantekeningenVast } from './use-cases/leg-aantekeningen-vast/leg-aantekeningen-vast.use-case';
import { RegistreerAdvies } from './use-cases/registreer-advies/registreer-advies.use-case';
import { VernietigAdviezen } from './use-cases/vernietig-adviezen/vernietig-adviezen.use-case';
import { VernietigAdviesvrager } from './use-cases/vernietig-adviesvrager/vernietig-adviesvrager.use-case';
import { RegistreerPersonen } from './use-cases/registreer-personen/registreer-personen.use-case';
import { VernietigMelding } from './use-cases/vernietig-melding/vernietig-melding.use-case';
import { VerwerkMeldingbatch } from './use-cases/verwerk-meldingbatch/verwerk-meldingbatch.use-case';

@Module({
  imports: [ToegangslogModule],
  controllers: [PersonenController],
  providers: [
    { provide: PRIVACY_CONFIG, useFactory: () => privacyConfigFromEnv() },
    {
      // Development: KEKs from env. A KMS or Vault transit client implements the same interface.
      provide: KEY_ENCRYPTION_KEYS,
      useFactory: (cfg: PrivacyConfig) => new EnvKeyEncryptionKeys(cfg.kek, cfg.keksEerder),
      inject: [PRIVACY_CONFIG],
    },
    SleutelRepository,
    SleutelDienst,
    KluisService,
    KluisRepository,
    RegistreerPersonen,
    LegAantekeningenVast,
    VernietigMelding,
    RegistreerAdvies,
    VernietigAdviesvrager,
    VernietigAdviezen,
    VerwerkMeldingbatch,
    LeesPersoon,
    KluisRpcHandlers,
  ],
  exports: [KluisService, SleutelDienst],
})
export class KluisModule {}
