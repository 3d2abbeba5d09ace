import { Migration } from '@mikro-orm/migrations';
import { KLUIS_ROL } from '../kluis/sleutels/database-rollen';

/**
 * The access log (ADR 0023): append-only for everyone (a trigger refuses UPDATE, DELETE and TRUNCATE, the
 * owner's too) and the vault's role holds only SELECT and INSERT on it.
 */
export class Migration20261202010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "privacy"."toegangslog" (
      "volgnummer" bigint primary key, "tijdstip" timestamptz not null, "sub" text not null, "regio" text not null,
      "handeling" text not null, "doelbinding" text not null, "persoon_ref" uuid null, "aantekening_ref" uuid null,
      "categorieen" text[] not null, "vorige_hash" bytea not null, "hash" bytea not null);`);
    this.addSql(
      'create index "toegangslog_persoon_ref_idx" on "privacy"."toegangslog" ("persoon_ref", "volgnummer");',
    );
    this
      .addSql(`create function "privacy"."toegangslog_alleen_toevoegen"() returns trigger language plpgsql as $$
      begin
        raise exception 'the access log is append-only (%)', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this
      .addSql(`create trigger "toegangslog_alleen_toevoegen" before update or delete on "privacy"."toegangslog"
      for each row execute function "privacy"."toegangslog_alleen_toevoegen"();`);
    this.addSql(`create trigger "toegangslog_niet_legen" before truncate on "privacy"."toegangslog"
      for each statement execute function "privacy"."toegangslog_alleen_toevoegen"();`);
    this.addSql(`revoke update, delete, truncate on "privacy"."toegangslog" from "${KLUIS_ROL}";`);
    this.addSql(`grant select, insert on "privacy"."toegangslog" to "${KLUIS_ROL}";`);
  }
}
