import { Migration } from '@mikro-orm/migrations';
import { idempotencyTableSql } from '@vt/platform';

/** Stored first answers per Idempotency-Key (contract §1). */
export class Migration20261129010000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of idempotencyTableSql('monitoring')) this.addSql(sql);
  }
}
