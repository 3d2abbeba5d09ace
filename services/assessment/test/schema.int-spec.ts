import { migratedSchemaDiff } from '@vt/testing';
import { laadAssessment } from './assessment-app';

describe('assessment: the migrated schema is the one the entities declare (ADR 0012)', () => {
  it('MikroORM finds nothing to change after the committed migrations, platform tables included', async () => {
    expect(await migratedSchemaDiff(laadAssessment, 'assessschema')).toEqual({ assessment: '' });
  });
});
