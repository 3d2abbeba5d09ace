import { tracing } from './instrument';
import { runService } from '@vt/http';
import { PRIVACY_SERVICE, PrivacyModule } from './privacy.module';

runService(PrivacyModule, PRIVACY_SERVICE, tracing);
