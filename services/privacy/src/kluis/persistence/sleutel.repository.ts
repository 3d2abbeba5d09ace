import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { databaseConfigFromEnv, type SqlTabel, sqlTabel } from '@vt/persistence';
import { Pool } from 'pg';
import { sleutelDatabaseUrl } from '../sleutels/database-rollen';
import { DataKey } from './kluis.entities';

/** A wrapped data key as stored. */
export interface VerpakteSleutel {
  keyId: string;
  wrapped: Buffer;
}

export type NieuweVerpakteSleutel = VerpakteSleutel &
  Pick<DataKey, 'eigenaarSoort' | 'eigenaarRef' | 'aangemaaktOp'>;

/**
 * The key service's SQL (ADR 0023), on a pool of its own as `vt_privacy_sleutels`: the only connection
 * PostgreSQL lets read `privacy_keys`. Names come from the `DataKey` entity (ADR 0012).
 */
@Injectable()
export class SleutelRepository implements OnModuleDestroy {
  private readonly pool: Pool;
  private readonly sql: Record<'insert' | 'vind' | 'vernietig' | 'nietOnder' | 'herverpak', string>;

  constructor(em: EntityManager) {
    this.pool = new Pool({
      connectionString: sleutelDatabaseUrl(databaseConfigFromEnv().databaseUrl),
      max: 4,
      idleTimeoutMillis: 30_000,
    });
    // A dropped idle connection is replaced on the next call; unheard, its error would end the process.
    this.pool.on('error', () => undefined);
    this.sql = sleutelSql(sqlTabel(em, DataKey));
  }

  async insert(rijen: readonly NieuweVerpakteSleutel[]): Promise<void> {
    if (rijen.length === 0) return;
    await this.pool.query(this.sql.insert, [
      rijen.map((s) => s.keyId),
      rijen.map((s) => s.eigenaarSoort),
      rijen.map((s) => s.eigenaarRef),
      rijen.map((s) => s.wrapped),
      rijen.map((s) => s.aangemaaktOp),
    ]);
  }

  /** The live (not destroyed) wrapped keys among these. */
  async vind(keyIds: readonly string[]): Promise<VerpakteSleutel[]> {
    if (keyIds.length === 0) return [];
    return (await this.pool.query<VerpakteSleutel>(this.sql.vind, [[...new Set(keyIds)]])).rows;
  }

  /** Nulls the wrapped keys (crypto-shredding); how many were still live. */
  async vernietig(keyIds: readonly string[], nu: Date): Promise<number> {
    return (await this.pool.query(this.sql.vernietig, [[...keyIds], nu])).rowCount ?? 0;
  }

  /**
   * One batch of a rewrap, in one transaction: live keys after `na` (by keyId) not wrapped under `kekId`,
   * locked (`skip locked`, so two runs share the work), rewrapped by `herverpak` and written back.
   */
  async herverpakBatch(
    na: string,
    kekId: string,
    batch: number,
    herverpak: (rijen: VerpakteSleutel[]) => Promise<Buffer[]>,
  ): Promise<VerpakteSleutel[]> {
    const c = await this.pool.connect();
    try {
      await c.query('begin');
      const { rows } = await c.query<VerpakteSleutel>(this.sql.nietOnder, [na, kekId, batch]);
      if (rows.length > 0) {
        await c.query(this.sql.herverpak, [rows.map((r) => r.keyId), await herverpak(rows)]);
      }
      await c.query('commit');
      return rows;
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

function sleutelSql(k: SqlTabel<DataKey>) {
  const [id, wrapped] = [k.kolom('keyId'), k.kolom('wrapped')];
  return {
    insert: `insert into ${k.naam} (${k.kolommen(['keyId', 'eigenaarSoort', 'eigenaarRef', 'wrapped', 'aangemaaktOp'])})
      select * from unnest($1::uuid[], $2::text[], $3::uuid[], $4::bytea[], $5::timestamptz[])`,
    vind: `select ${id} as "keyId", ${wrapped} as wrapped from ${k.naam}
      where ${id} = any($1::uuid[]) and ${wrapped} is not null`,
    vernietig: `update ${k.naam} set ${wrapped} = null, ${k.kolom('vernietigdOp')} = $2
      where ${id} = any($1::uuid[]) and ${k.kolom('vernietigdOp')} is null`,
    // The KEK a wrapped key names is in its v1 header ("v1" ‖ len ‖ kid); a pre-v1 key names none.
    nietOnder: `select ${id} as "keyId", ${wrapped} as wrapped from ${k.naam}
      where ${id} > $1 and ${wrapped} is not null
        and not (substring(${wrapped} from 1 for 2) = 'v1'::bytea
                 and substring(${wrapped} from 4 for get_byte(${wrapped}, 2)) = convert_to($2, 'UTF8'))
      order by ${id} limit $3 for update skip locked`,
    herverpak: `update ${k.naam} k set ${wrapped} = n.wrapped
      from unnest($1::uuid[], $2::bytea[]) as n (key_id, wrapped) where k.${id} = n.key_id`,
  };
}
