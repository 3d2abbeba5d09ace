import { Migration20261129000000 } from './Migration20261129000000';
import { Migration20261129010000 } from './Migration20261129010000';
import { Migration20261129020000 } from './Migration20261129020000';
import { Migration20261201230000 } from './Migration20261201230000';
import { Migration20261201231000 } from './Migration20261201231000';
import { Migration20261202000000 } from './Migration20261202000000';

/** Committed migrations in the order they run; a new one is appended, never edited in place. */
export const ASSESSMENT_MIGRATIONS = [
  { name: 'Migration20261129000000', class: Migration20261129000000 },
  { name: 'Migration20261129010000', class: Migration20261129010000 },
  { name: 'Migration20261129020000', class: Migration20261129020000 },
  { name: 'Migration20261201230000', class: Migration20261201230000 },
  { name: 'Migration20261201231000', class: Migration20261201231000 },
  { name: 'Migration20261202000000', class: Migration20261202000000 },
];
