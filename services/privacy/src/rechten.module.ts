import { Module } from '@nestjs/common';
import { BewaartermijnenController } from './bewaartermijnen/http/bewaartermijnen.controller';
import { LegUitkomstVastWhenOnderzoekAfgerond } from './bewaartermijnen/messaging/leg-uitkomst-vast-when-onderzoek-afgerond.handler';
import { StartBewaartermijnWhenInvestigationDossierAfgesloten } from './bewaartermijnen/messaging/start-bewaartermijn-when-investigation-dossier-afgesloten.handler';
import { StartBewaartermijnWhenAssessmentDossierAfgesloten } from './bewaartermijnen/messaging/start-bewaartermijn-when-assessment-dossier-afgesloten.handler';
import { StartBewaartermijnWhenMonitoringDossierAfgesloten } from './bewaartermijnen/messaging/start-bewaartermijn-when-monitoring-dossier-afgesloten.handler';
import { StartBewaartermijn } from './bewaartermijnen/use-cases/start-bewaartermijn/start-bewaartermijn.use-case';
import { Bewaartermijn, OnderzoekUitkomstRij } from './bewaartermijnen/persistence/bewaartermijn.entity';
import { BewaartermijnRepository } from './bewaartermijnen/persistence/bewaartermijn.repository';
import { VerlengBewaartermijn } from './bewaartermijnen/use-cases/verleng-bewaartermijn/verleng-bewaartermijn.use-case';
import { KluisModule } from './kluis/kluis.module';
import { ToegangslogModule } from './toegangslog/toegangslog.module';
import { BEWAARTERMIJN_JOB_CONFIG, bewaartermijnJobConfig } from './vernietiging/bewaartermijn-job.config';
import { BewaartermijnSweep } from './vernietiging/bewaartermijn-sweep';
import { VernietigingRepository } from './vernietiging/vernietiging.repository';
import { VerzoekenController } from './verzoeken/http/verzoeken.controller';
import { Verzoek } from './verzoeken/persistence/verzoek.entity';
import { VerzoekRepository } from './verzoeken/persistence/verzoek.repository';
import { DienVerzoekIn } from './verzoeken/use-cases/dien-verzoek-in/dien-verzoek-in.use-case';
import { MaakExport } from './verzoeken/use-cases/maak-export/maak-export.use-case';
import { NeemBesluit } from './verzoeken/use-cases/neem-besluit/neem-besluit.use-case';

/** The tables of data-subject rights, retention and destruction (§15.3.4, §15.8). */
export const RECHTEN_ENTITIES = [Verzoek, Bewaartermijn, OnderzoekUitkomstRij];

/** Data-subject rights, retention and real destruction, on top of the vault (ADR 0024). */
@Module({
  imports: [KluisModule, ToegangslogModule],
  controllers: [VerzoekenController, BewaartermijnenController],
  providers: [
    { provide: BEWAARTERMIJN_JOB_CONFIG, useFactory: () => bewaartermijnJobConfig() },
    BewaartermijnSweep,
    VerzoekRepository,
    BewaartermijnRepository,
    VernietigingRepository,
    DienVerzoekIn,
    NeemBesluit,
    MaakExport,
    VerlengBewaartermijn,
    StartBewaartermijn,
    StartBewaartermijnWhenInvestigationDossierAfgesloten,
    StartBewaartermijnWhenMonitoringDossierAfgesloten,
    StartBewaartermijnWhenAssessmentDossierAfgesloten,
    LegUitkomstVastWhenOnderzoekAfgerond,
  ],
})
export class RechtenModule {}
