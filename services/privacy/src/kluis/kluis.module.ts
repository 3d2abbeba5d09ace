import { Module } from '@nestjs/common';
import { PRIVACY_CONFIG, privacyConfigFromEnv } from '../privacy.config';
import { KluisService } from './kluis.service';
import { KluisRpcHandlers } from './messaging/kluis-rpc.handlers';
import { KluisRepository } from './persistence/kluis.repository';
import { LegAantekeningenVast } from './use-cases/leg-aantekeningen-vast/leg-aantekeningen-vast.use-case';
import { RegistreerAdvies } from './use-cases/registreer-advies/registreer-advies.use-case';
import { VernietigAdviezen } from './use-cases/vernietig-adviezen/vernietig-adviezen.use-case';
import { VernietigAdviesvrager } from './use-cases/vernietig-adviesvrager/vernietig-adviesvrager.use-case';
import { RegistreerPersonen } from './use-cases/registreer-personen/registreer-personen.use-case';
import { VernietigMelding } from './use-cases/vernietig-melding/vernietig-melding.use-case';
import { VerwerkMeldingbatch } from './use-cases/verwerk-meldingbatch/verwerk-meldingbatch.use-case';

@Module({
  providers: [
    { provide: PRIVACY_CONFIG, useFactory: () => privacyConfigFromEnv() },
    KluisService,
    KluisRepository,
    RegistreerPersonen,
    LegAantekeningenVast,
    VernietigMelding,
    RegistreerAdvies,
    VernietigAdviesvrager,
    VernietigAdviezen,
    VerwerkMeldingbatch,
    KluisRpcHandlers,
  ],
  exports: [KluisService],
})
export class KluisModule {}
