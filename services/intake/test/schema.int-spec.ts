import { migratedSchemaDiff } from '@vt/testing';
import { laadIntake } from './intake-app';

describe('intake: the migrated schema is the one the entities declare (ADR 0012)', () => {
  it('MikroORM finds nothing to change after the committed migrations, platform tables included', async () => {
    expect(await migratedSchemaDiff(laadIntake, 'intakeschema')).toEqual({ intake: '' });
  });
});
