import { tracing } from './instrument';
import { runService } from '@vt/platform';
import { PRIVACY_SERVICE, PrivacyModule } from './privacy.module';

runService(PrivacyModule, PRIVACY_SERVICE, tracing);
