import { tracing } from './instrument';
import { runService } from '@vt/platform';
import { ASSESSMENT_SERVICE, AssessmentModule } from './assessment.module';

runService(AssessmentModule, ASSESSMENT_SERVICE, tracing);
