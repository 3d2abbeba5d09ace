import { Migration } from '@mikro-orm/migrations';

/** VT-3.0-a: the municipality a report's region was derived from is recorded with the report. */
export class Migration20261129030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "intake"."melding" add column "gemeentecode" text null constraint "melding_gemeentecode_check" check ("gemeentecode" ~ '^GM[0-9]{4}$');`,
    );
  }
}
