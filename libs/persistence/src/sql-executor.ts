import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';

/** Statements on one connection: a transaction's, or a pooled one per statement. */
export interface SqlVerbinding {
  /** One parameterised statement (`$1`-style); its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/** A transaction of the executor: its statements, and work for after its commit. */
export interface SqlTransactie extends SqlVerbinding {
  /** Runs once the transaction committed (e.g. waking the outbox relay); never after a rollback. */
  naCommit(werk: () => void): void;
}

/** The part of knex's client the executor borrows connections from (the ORM's own pool). */
interface VerbindingsBron {
  acquireConnection(): Promise<ClientBase>;
  releaseConnection(connection: ClientBase): Promise<void>;
}

/**
 * Parameterised SQL and transactions straight on `pg` for the hot paths of ADR 0012 rule 3(b), on
 * connections borrowed from the ORM's own pool, so the pool budget (`DB_POOL_MAX`) stays one number.
 * Statements are written once per repository with `$n` placeholders: nothing is built per call.
 */
@Injectable()
export class SqlExecutor implements SqlVerbinding {
  private readonly bron: VerbindingsBron;

  constructor(orm: MikroORM) {
    this.bron = orm.em.getConnection().getKnex().client as VerbindingsBron;
  }

  async query<R = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    const connection = await this.bron.acquireConnection();
    try {
      return await rijen<R>(connection, sql, params);
    } finally {
      await this.bron.releaseConnection(connection);
    }
  }

  /** `begin` … `commit` on one connection; `rollback` when `werk` throws, and its error is thrown. */
  async transaction<T>(werk: (tx: SqlTransactie) => Promise<T>): Promise<T> {
    const connection = await this.bron.acquireConnection();
    const naCommit: (() => void)[] = [];
    let resultaat: T;
    try {
      await connection.query('begin');
      resultaat = await werk({
        query: <R>(sql: string, params: readonly unknown[] = []) => rijen<R>(connection, sql, params),
        naCommit: (w) => void naCommit.push(w),
      });
      await connection.query('commit');
    } catch (err) {
      await connection.query('rollback').catch((rollbackErr: unknown) => {
        // A connection whose state is unknown must not serve the next transaction: knex's pool drops it.
        (connection as { __knex__disposed?: unknown }).__knex__disposed = rollbackErr;
      });
      throw err;
    } finally {
      await this.bron.releaseConnection(connection);
    }
    for (const w of naCommit) w();
    return resultaat;
  }
}

async function rijen<R>(connection: ClientBase, sql: string, params: readonly unknown[]): Promise<R[]> {
  return (await connection.query(sql, params as unknown[])).rows as R[];
}

/** Hands out `$1`, `$2`, … (with an optional cast) in the order a statement is written. */
export type Plaatshouders = (cast?: string) => string;

/** Numbering for one statement built once per repository, so its parameters need no counting by hand. */
export function plaatshouders(): Plaatshouders {
  let n = 0;
  return (cast) => `$${++n}${cast ? `::${cast}` : ''}`;
}
