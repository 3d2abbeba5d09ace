import { Migration } from '@mikro-orm/migrations';
import { KLUIS_ROL, SLEUTEL_ROL } from '../kluis/sleutels/database-rollen';

/** A role once per cluster; a concurrent migration of another database may create it at the same moment. */
const maakRol = (rol: string) => `do $$ begin
  if not exists (select from pg_roles where rolname = '${rol}') then
    create role "${rol}" login;
  end if;
exception when duplicate_object or unique_violation then null;
end $$;`;

/**
 * ADR 0023: the vault runs as `vt_privacy_kluis`, which may use `privacy` but not `privacy_keys`; only the
 * key service's `vt_privacy_sleutels` reads and writes the wrapped data keys, and nothing else. The
 * migrating role (DATABASE_URL) keeps owning both schemas; default privileges give the vault role every
 * table later migrations add to `privacy`.
 */
export class Migration20261202000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(maakRol(KLUIS_ROL));
    this.addSql(maakRol(SLEUTEL_ROL));
    this.addSql('revoke all on schema "privacy_keys" from public;');
    this.addSql(`revoke all on all tables in schema "privacy_keys" from public, "${KLUIS_ROL}";`);
    this.addSql(`grant usage on schema "privacy" to "${KLUIS_ROL}";`);
    this.addSql(`grant select, insert, update, delete on all tables in schema "privacy" to "${KLUIS_ROL}";`);
    this.addSql(`grant usage, select on all sequences in schema "privacy" to "${KLUIS_ROL}";`);
    this.addSql(
      `alter default privileges in schema "privacy" grant select, insert, update, delete on tables to "${KLUIS_ROL}";`,
    );
    this.addSql(
      `alter default privileges in schema "privacy" grant usage, select on sequences to "${KLUIS_ROL}";`,
    );
    this.addSql(`grant usage on schema "privacy_keys" to "${SLEUTEL_ROL}";`);
    this.addSql(`grant select, insert, update on "privacy_keys"."data_key" to "${SLEUTEL_ROL}";`);
  }
}
