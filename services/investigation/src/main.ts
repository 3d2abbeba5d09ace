import { tracing } from './instrument';
import { runService } from '@vt/platform';
import { INVESTIGATION_SERVICE, InvestigationModule } from './investigation.module';

runService(InvestigationModule, INVESTIGATION_SERVICE, tracing);
