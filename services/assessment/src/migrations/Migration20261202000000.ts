import { Migration } from '@mikro-orm/migrations';

/**
 * The worklist, assignment and deadline watch (§7, VT-1.3-l, VT-7.2-a, VT-7.3-a): the indicators intake
 * announces, the file holder, the moments the scheduler emitted, and the indexes of the worklist's views
 * and of the scheduler's claims (ADR 0021).
 */
export class Migration20261202000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "assessment"."veiligheidsbeoordeling"
      add column "hermelding" boolean not null default false,
      add column "radar" boolean not null default false,
      add column "anonieme_melder" boolean not null default false,
      add column "dossierhouder" text null,
      add column "toegewezen_op" timestamptz null,
      add column "termijn_overschreden_op" timestamptz null,
      add column "zicht_overgenomen_op" timestamptz null,
      add column "zicht_grond" text null check ("zicht_grond" in ('spoed','besluit','zesde-werkdag'));`);
    for (const sql of INDEXES) this.addSql(`${sql};`);
    this.addSql(`create table "assessment"."toewijzing" (
      "id" uuid primary key, "veiligheidsbeoordeling_id" uuid not null, "dossierhouder" text not null,
      "vorige_dossierhouder" text null, "toegewezen_door" text not null, "toegewezen_op" timestamptz not null,
      "reden_ref" uuid null);`);
    this.addSql(
      'create index "toewijzing_beoordeling_idx" on "assessment"."toewijzing" ("veiligheidsbeoordeling_id");',
    );
  }
}

const T = '"assessment"."veiligheidsbeoordeling"';

/** The statements the entity declares, so the schema diff agrees; frozen here as this migration ran them. */
const INDEXES = [
  `create index "beoordeling_alle_idx" on ${T} ("regio", "uiterlijk", "ontvangen_op", "id")`,
  `create index "beoordeling_open_idx" on ${T} ("regio", "uiterlijk", "ontvangen_op", "id") where "status" = 'open'`,
  `create index "beoordeling_mijn_idx" on ${T} ("regio", "dossierhouder", "uiterlijk", "ontvangen_op", "id") where "status" = 'open'`,
  `create index "beoordeling_niet_toegewezen_idx" on ${T} ("regio", "uiterlijk", "ontvangen_op", "id") where "status" = 'open' and "dossierhouder" is null`,
  `create index "beoordeling_termijn_idx" on ${T} ("uiterlijk") where "status" = 'open' and "termijn_overschreden_op" is null`,
  `create index "beoordeling_zicht_idx" on ${T} ("zicht_op_veiligheid_vanaf") where "zicht_overgenomen_op" is null and not coalesce("besluit" = 'geen-vervolgstappen' and ("besloten_op" at time zone 'Europe/Amsterdam')::date < "zicht_op_veiligheid_vanaf", false)`,
  `create index "beoordeling_ontvangen_idx" on ${T} ("regio", "ontvangen_op")`,
];
