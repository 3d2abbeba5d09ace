import { messagingTablesSql } from '@vt/messaging';

/** The stored first answers per Idempotency-Key (contract §1). */
export function idempotencyTableSql(schema: string): string[] {
  return [
    `create table if not exists "${schema}"."idempotency_key" ("sleutel" text not null, "sub" text not null,
      "verzoek_hash" text not null, "status" int null, "antwoord" jsonb null,
      "aangemaakt_op" timestamptz not null default now(), primary key ("sleutel", "sub"));`,
  ];
}

/** The id that every attempt of one Idempotency-Key request shares (`verzoekId`). */
export function idempotencyVerzoekIdSql(schema: string): string[] {
  return [
    `alter table "${schema}"."idempotency_key" add column if not exists "verzoek_id" uuid not null default gen_random_uuid();`,
  ];
}

/** One step in the making of the platform's tables, and the migration of every service that took it. */
export interface PlatformTableStep {
  migration: string;
  sql: (schema: string) => string[];
}

/**
 * The tables the platform keeps in every service's schema (outbox, inbox, Idempotency-Keys), in the
 * steps the services' committed migrations took. A committed migration runs its step, so a step never
 * changes what it creates: a change is a new step, appended here, and a new migration in every service.
 */
export const PLATFORM_TABLE_STEPS: readonly PlatformTableStep[] = [
  { migration: 'Migration20261129000000', sql: messagingTablesSql },
  { migration: 'Migration20261129010000', sql: idempotencyTableSql },
  { migration: 'Migration20261129020000', sql: idempotencyVerzoekIdSql },
];

/** Every platform table as it is today, in one go: for the first migration of a new service. */
export function platformTablesSql(schema: string): string[] {
  return PLATFORM_TABLE_STEPS.flatMap((step) => step.sql(schema));
}
