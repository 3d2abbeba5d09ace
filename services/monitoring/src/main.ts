import { tracing } from './instrument';
import { runService } from '@vt/platform';
import { MONITORING_SERVICE, MonitoringModule } from './monitoring.module';

runService(MonitoringModule, MONITORING_SERVICE, tracing);
