import { Migration } from '@mikro-orm/migrations';
import { messagingTablesSql } from '@vt/messaging';

export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "assessment"."veiligheidsbeoordeling" (
      "id" uuid primary key, "dossier_id" uuid not null, "regio" text not null, "melding_ids" jsonb not null,
      "status" text not null check ("status" in ('open','besloten')), "ontvangen_op" timestamptz not null,
      "spoed" boolean not null, "herbeoordeling" boolean not null, "uiterlijk" date not null,
      "zicht_op_veiligheid_vanaf" date not null, "gestart_op" timestamptz not null, "besluit" text null,
      "besloten_op" timestamptz null);`);
    this.addSql(
      'create index "veiligheidsbeoordeling_dossier_idx" on "assessment"."veiligheidsbeoordeling" ("dossier_id");',
    );
    for (const sql of messagingTablesSql('assessment')) this.addSql(sql);
  }
}
