import { Migration } from '@mikro-orm/migrations';

/** Police batches (§6.4, ADR 0020): the job, its items (references only) and its chunks. */
export class Migration20261201230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "intake"."meldingbatch" (
      "id" uuid primary key, "regio" text not null, "aantal" int not null,
      "ingediend_door" text not null, "ingediend_op" timestamptz not null);`);
    this.addSql(`create table "intake"."meldingbatch_item" (
      "meldingbatch_id" uuid not null, "volgnummer" int not null, "deel" int not null,
      "status" text not null check ("status" in ('wachtend','opgeslagen','geweigerd')),
      "gegevens" jsonb null, "inhoud_ref" uuid null, "melding_id" uuid null, "dossier_id" uuid null,
      "probleem" jsonb null, primary key ("meldingbatch_id", "volgnummer"));`);
    this.addSql(`create table "intake"."meldingbatch_deel" (
      "meldingbatch_id" uuid not null, "nummer" int not null, "aangemaakt_op" timestamptz not null,
      "verwerkt_op" timestamptz null, primary key ("meldingbatch_id", "nummer"));`);
    this.addSql(
      'create index "meldingbatch_deel_open_idx" on "intake"."meldingbatch_deel" ("aangemaakt_op", "meldingbatch_id", "nummer") where "verwerkt_op" is null;',
    );
  }
}
