import { Migration } from '@mikro-orm/migrations';
import { messagingTablesSql } from '@vt/messaging';

export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "monitoring"."monitoring" (
      "id" uuid primary key, "dossier_id" uuid not null, "regio" text not null, "gestart_op" date not null,
      "status" text not null, "contactmomenten" jsonb not null default '[]');`);
    this.addSql('create index "monitoring_dossier_idx" on "monitoring"."monitoring" ("dossier_id");');
    for (const sql of messagingTablesSql('monitoring')) this.addSql(sql);
  }
}
