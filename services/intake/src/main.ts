import { tracing } from './instrument';
import { runService } from '@vt/platform';
import { INTAKE_SERVICE, IntakeModule } from './intake.module';

runService(IntakeModule, INTAKE_SERVICE, tracing);
