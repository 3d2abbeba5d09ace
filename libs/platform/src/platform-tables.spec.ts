import { createHash } from 'node:crypto';
import { PLATFORM_TABLE_STEPS } from './platform-tables';

const digest = (sql: string[]) => createHash('sha256').update(sql.join('\n')).digest('hex').slice(0, 16);

describe('platform tables: one list of steps that every service migration takes', () => {
  // Committed migrations run these steps: a digest that changes means a migrated database and a fresh
  // one would differ. Change nothing here; append a step and add a migration to every service.
  it.each([
    ['Migration20261129000000', 'fe68afa9da5f3213'],
    ['Migration20261129010000', 'abf4a3fdcf2a4608'],
    ['Migration20261129020000', '73a1d9c2a3f81006'],
  ])('the step of %s creates what it created when it was committed', (migration, pinned) => {
    const step = PLATFORM_TABLE_STEPS.find((s) => s.migration === migration);
    expect(step && digest(step.sql('vt'))).toBe(pinned);
  });
});
