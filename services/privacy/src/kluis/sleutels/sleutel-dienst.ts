import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { databaseConfigFromEnv, type SqlTabel, sqlTabel } from '@vt/persistence';
import { Pool, type PoolClient } from 'pg';
import type { KeyEncryptionKeys } from '../crypto/kek';
import { DataKey } from '../persistence/kluis.entities';
import { sleutelDatabaseUrl } from './database-rollen';

export const KEY_ENCRYPTION_KEYS = Symbol('KEY_ENCRYPTION_KEYS');

/** A fresh data key for one owner, in plaintext until the key service has wrapped and stored it. */
export interface NieuweSleutel {
  keyId: string;
  eigenaarSoort: DataKey['eigenaarSoort'];
  eigenaarRef: string;
  dataKey: Buffer;
  aangemaaktOp: Date;
}

/** What the vault's use cases need of the key service; their unit specs fake it. */
export interface SleutelDienstPort {
  /** Wraps and stores the keys, committed before the vault stores what they seal (a failed call leaves unused keys, never unreadable rows). */
  bewaar(sleutels: readonly NieuweSleutel[]): Promise<void>;
  /** The unwrapped data keys by keyId; a destroyed or unknown key is absent. */
  ontsluit(keyIds: readonly string[]): Promise<Map<string, Buffer>>;
}

/**
 * The key service (ADR 0023): the only code that reads `privacy_keys`, on a connection of its own as
 * `vt_privacy_sleutels`; the vault's connection (`vt_privacy_kluis`) is refused there by PostgreSQL.
 * It wraps under the current KEK, unwraps under whichever KEK a key names, and rewraps on rotation.
 */
@Injectable()
export class SleutelDienst implements SleutelDienstPort, OnModuleDestroy {
  private readonly pool: Pool;
  private readonly k: SqlTabel<DataKey>;

  constructor(
    @Inject(KEY_ENCRYPTION_KEYS) private readonly keks: KeyEncryptionKeys,
    em: EntityManager,
  ) {
    this.k = sqlTabel(em, DataKey);
    this.pool = new Pool({
      connectionString: sleutelDatabaseUrl(databaseConfigFromEnv().databaseUrl),
      max: 4,
      idleTimeoutMillis: 30_000,
    });
    // A dropped idle connection is replaced on the next call; unheard, its error would end the process.
    this.pool.on('error', () => undefined);
  }

  async bewaar(sleutels: readonly NieuweSleutel[]): Promise<void> {
    if (sleutels.length === 0) return;
    const wrapped = await Promise.all(sleutels.map((s) => this.keks.wrap(s.dataKey, s.keyId)));
    const { naam, kolommen } = this.k;
    await this.pool.query(
      `insert into ${naam} (${kolommen(['keyId', 'eigenaarSoort', 'eigenaarRef', 'wrapped', 'aangemaaktOp'])})
       select * from unnest($1::uuid[], $2::text[], $3::uuid[], $4::bytea[], $5::timestamptz[])`,
      [
        sleutels.map((s) => s.keyId),
        sleutels.map((s) => s.eigenaarSoort),
        sleutels.map((s) => s.eigenaarRef),
        wrapped,
        sleutels.map((s) => s.aangemaaktOp),
      ],
    );
  }

  async ontsluit(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    const uit = new Map<string, Buffer>();
    if (keyIds.length === 0) return uit;
    const { naam, kolom } = this.k;
    const { rows } = await this.pool.query<{ keyId: string; wrapped: Buffer }>(
      `select ${kolom('keyId')} as "keyId", ${kolom('wrapped')} as wrapped from ${naam}
        where ${kolom('keyId')} = any($1::uuid[]) and ${kolom('wrapped')} is not null`,
      [[...new Set(keyIds)]],
    );
    for (const r of rows) uit.set(r.keyId, await this.keks.unwrap(r.wrapped, r.keyId));
    return uit;
  }

  /** Crypto-shredding: the wrapped keys are gone, so every copy of what they sealed is unreadable. */
  async vernietig(keyIds: readonly string[], nu: Date): Promise<number> {
    const { naam, kolom } = this.k;
    const { rowCount } = await this.pool.query(
      `update ${naam} set ${kolom('wrapped')} = null, ${kolom('vernietigdOp')} = $2
        where ${kolom('keyId')} = any($1::uuid[]) and ${kolom('vernietigdOp')} is null`,
      [[...keyIds], nu],
    );
    return rowCount ?? 0;
  }

  /**
   * Rotation (ADR 0023): rewraps, batch by batch, every live key not wrapped under the current KEK; the
   * vault keeps running meanwhile (old KEKs still unwrap, new keys already use the new one). Each batch
   * commits on its own and skips rows another run holds, so the job can be stopped and started again.
   * Returns how many keys it rewrapped.
   */
  async herverpak(batch = 500): Promise<number> {
    const { naam, kolom } = this.k;
    const [id, wrapped] = [kolom('keyId'), kolom('wrapped')];
    const select = `select ${id} as "keyId", ${wrapped} as wrapped from ${naam}
      where ${id} > $1 and ${wrapped} is not null
        and not (substring(${wrapped} from 1 for 2) = 'v1'::bytea
                 and substring(${wrapped} from 4 for get_byte(${wrapped}, 2)) = convert_to($2, 'UTF8'))
      order by ${id} limit $3 for update skip locked`;
    let na = '00000000-0000-0000-0000-000000000000';
    let totaal = 0;
    for (;;) {
      const gedaan = await this.inTransactie(async (c) => {
        const { rows } = await c.query<{ keyId: string; wrapped: Buffer }>(select, [
          na,
          this.keks.huidigeId,
          batch,
        ]);
        const nieuw = await Promise.all(
          rows.map(async (r) => this.keks.wrap(await this.keks.unwrap(r.wrapped, r.keyId), r.keyId)),
        );
        if (rows.length > 0) {
          await c.query(
            `update ${naam} k set ${wrapped} = n.wrapped from unnest($1::uuid[], $2::bytea[]) as n (key_id, wrapped)
              where k.${id} = n.key_id`,
            [rows.map((r) => r.keyId), nieuw],
          );
        }
        return rows;
      });
      totaal += gedaan.length;
      if (gedaan.length < batch) return totaal;
      na = gedaan[gedaan.length - 1].keyId;
    }
  }

  private async inTransactie<T>(werk: (c: PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('begin');
      const uit = await werk(c);
      await c.query('commit');
      return uit;
    } catch (err) {
      await c.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
