import { createServiceApp } from '@vt/platform';
import { migratedSchemaDiff } from '@vt/testing';

describe('monitoring: the migrated schema is the one the entities declare (ADR 0012)', () => {
  it('MikroORM finds nothing to change after the committed migrations, platform tables included', async () => {
    const diff = await migratedSchemaDiff(async () => {
      const { MonitoringModule, MONITORING_SERVICE } = await import('../src/monitoring.module');
      return createServiceApp(MonitoringModule, MONITORING_SERVICE);
    }, 'monschema');
    expect(diff).toEqual({ monitoring: '' });
  });
});
