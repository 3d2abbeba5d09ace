import { createServiceApp } from '@vt/platform';
import { migratedSchemaDiff } from '@vt/testing';

describe('investigation: the migrated schema is the one the entities declare (ADR 0012)', () => {
  it('MikroORM finds nothing to change after the committed migrations, platform tables included', async () => {
    const diff = await migratedSchemaDiff(async () => {
      const { InvestigationModule, INVESTIGATION_SERVICE } = await import('../src/investigation.module');
      return createServiceApp(InvestigationModule, INVESTIGATION_SERVICE);
    }, 'invschema');
    expect(diff).toEqual({ investigation: '' });
  });
});
