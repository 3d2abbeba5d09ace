import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { SqlExecutor, type SqlTabel, sqlTabel, type SqlVerbinding } from '@vt/persistence';
import { eersteBreuk, type GeketendeToegang, keten, type Toegang } from '../domain/hash-keten';
import { ToegangslogRegel } from './toegangslog.entity';

/** What a caller logs; the repository numbers and chains it. */
export type NieuweToegang = Omit<Toegang, 'volgnummer'>;

export interface Verificatie {
  geldig: boolean;
  aantal: number;
  breuk?: { volgnummer: string; reden: string };
}

const KOLOMMEN = [
  ['volgnummer', 'bigint'],
  ['tijdstip', 'timestamptz'],
  ['sub', 'text'],
  ['regio', 'text'],
  ['handeling', 'text'],
  ['doelbinding', 'text'],
  ['persoonRef', 'uuid'],
  ['aantekeningRef', 'uuid'],
  ['categorieen', 'text'],
  ['vorigeHash', 'bytea'],
  ['hash', 'bytea'],
] as const satisfies readonly (readonly [keyof ToegangslogRegel, string])[];

/**
 * The access log's SQL (ADR 0023). Appending takes a transaction-level advisory lock, then reads the last
 * entry in a statement of its own (so its snapshot is taken after the lock: no two writers chain onto the
 * same entry), and inserts the new ones chained after it.
 */
@Injectable()
export class ToegangslogRepository {
  private readonly t: SqlTabel<ToegangslogRegel>;
  private readonly sql: { laatste: string; insert: string; alle: string; vanPersoon: string };

  constructor(
    em: EntityManager,
    private readonly executor: SqlExecutor,
  ) {
    const t = (this.t = sqlTabel(em, ToegangslogRegel));
    // The time as ISO 8601 text, whatever type parser the pool was given: it is hashed to the millisecond.
    const select = KOLOMMEN.map(([k]) =>
      k === 'tijdstip' ? `to_json(${t.kolom(k)}) #>> '{}' as "${k}"` : `${t.kolom(k)} as "${k}"`,
    ).join(', ');
    const nr = t.kolom('volgnummer');
    this.sql = {
      laatste: `select ${nr} as volgnummer, ${t.kolom('hash')} as hash from ${t.naam} order by ${nr} desc limit 1`,
      insert: `insert into ${t.naam} (${t.kolommen(KOLOMMEN.map(([k]) => k))})
        select n.volgnummer, n.tijdstip, n.sub, n.regio, n.handeling, n.doelbinding, n.persoon_ref,
               n.aantekening_ref, string_to_array(n.categorieen, ','), n.vorige_hash, n.hash
          from unnest(${KOLOMMEN.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
            as n (volgnummer, tijdstip, sub, regio, handeling, doelbinding, persoon_ref, aantekening_ref,
                  categorieen, vorige_hash, hash)`,
      alle: `select ${select} from ${t.naam} where ${nr} > $1 order by ${nr} limit $2`,
      vanPersoon: `select ${select} from ${t.naam}
        where ${t.kolom('persoonRef')} = $1 and ${t.kolom('regio')} = $2 order by ${nr} desc limit $3`,
    };
  }

  /** Appends in `binnen` (the caller's transaction, committed with its work) or in one of its own. */
  async voegToe(nieuw: readonly NieuweToegang[], binnen?: SqlVerbinding): Promise<void> {
    if (nieuw.length === 0) return;
    if (!binnen) return this.executor.transaction((tx) => this.voegToe(nieuw, tx));
    await binnen.query("select pg_advisory_xact_lock(hashtext('vt-toegangslog'))");
    const [laatste] = await binnen.query<{ volgnummer: string; hash: Buffer }>(this.sql.laatste);
    const rijen = keten(laatste, nieuw);
    await binnen.query(
      this.sql.insert,
      KOLOMMEN.map(([k]) =>
        rijen.map((r) => (k === 'categorieen' ? r.categorieen.join(',') : (r[k] ?? null))),
      ),
    );
  }

  /** The newest entries about one person in one region, newest first. */
  async vanPersoon(persoonRef: string, regio: string, max = 500): Promise<GeketendeToegang[]> {
    return this.lees(this.sql.vanPersoon, [persoonRef, regio, max]);
  }

  private async lees(sql: string, params: unknown[]): Promise<GeketendeToegang[]> {
    const rijen = await this.executor.query<GeketendeToegang & { tijdstip: string }>(sql, params);
    return rijen.map((r) => ({ ...r, tijdstip: new Date(r.tijdstip) }));
  }

  /** Walks the whole chain in batches; the first entry edited, removed or inserted breaks it. */
  async verifieer(batch = 5000): Promise<Verificatie> {
    let vorige: { volgnummer: string; hash: Buffer } | undefined;
    let aantal = 0;
    for (;;) {
      const rijen = await this.lees(this.sql.alle, [vorige?.volgnummer ?? '0', batch]);
      const breuk = eersteBreuk(vorige, rijen);
      if (breuk) return { geldig: false, aantal: aantal + rijen.length, breuk };
      aantal += rijen.length;
      if (rijen.length < batch) return { geldig: true, aantal };
      vorige = rijen[rijen.length - 1];
    }
  }
}
