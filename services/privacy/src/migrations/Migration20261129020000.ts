import { Migration } from '@mikro-orm/migrations';
import { idempotencyVerzoekIdSql } from '@vt/platform';

/** The id every attempt of one Idempotency-Key request shares, so a retry writes the same rows. */
export class Migration20261129020000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of idempotencyVerzoekIdSql('privacy')) this.addSql(sql);
  }
}
