import { tracing } from './instrument';
import { runService } from '@vt/http';
import { MONITORING_SERVICE, MonitoringModule } from './monitoring.module';

runService(MonitoringModule, MONITORING_SERVICE, tracing);
