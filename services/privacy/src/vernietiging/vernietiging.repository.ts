import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sqlTabel, type SqlVerbinding } from '@vt/persistence';
import { Aantekening, DossierPersoon, Persoon } from '../kluis/persistence/kluis.entities';
import { Verzoek } from '../verzoeken/persistence/verzoek.entity';

/** A person destroyed with a file: on no other file of the vault. */
export interface VernietigdePersoon {
  persoonRef: string;
  regio: string;
  dossierId: string;
}

/**
 * Real destruction (privacy-design.md): rows and blind indexes deleted, one statement each (data-modifying
 * CTEs commit together). Only references stay (the requests' codes). Each answers the data keys the rows
 * were sealed under: the caller destroys them through the key service (`SleutelDienst.vernietig`, the
 * wrapped key nulled) before the transaction commits, so any copy of the ciphertexts, an old backup's
 * included, can no longer be opened. The vault's connection may not touch `privacy_keys` (ADR 0023).
 */
@Injectable()
export class VernietigingRepository {
  private readonly sql: ReturnType<typeof vernietigingSql>;

  constructor(em: EntityManager) {
    this.sql = vernietigingSql(em);
  }

  /** Destroys these files: their texts, their links, and the people on no other file. */
  async vernietigDossiers(
    tx: SqlVerbinding,
    dossierIds: string[],
  ): Promise<{ personen: VernietigdePersoon[]; keyIds: string[] }> {
    if (dossierIds.length === 0) return { personen: [], keyIds: [] };
    const [rij] = await tx.query<{ personen: VernietigdePersoon[]; keyIds: string[] }>(this.sql.dossiers, [
      dossierIds,
    ]);
    return rij;
  }

  /**
   * Destroys one person (VT-15.8.5-a): his record and key, his links, the texts only about him; a text
   * also about others stays theirs and no longer names him. Undefined when he was not (or no longer) there.
   */
  async vernietigPersoon(
    tx: SqlVerbinding,
    persoonRef: string,
  ): Promise<{ regio: string; keyIds: string[] } | undefined> {
    const [rij] = await tx.query<{ regio: string; keyIds: string[] }>(this.sql.persoon, [
      persoonRef,
      JSON.stringify([persoonRef]),
    ]);
    return rij;
  }
}

function vernietigingSql(em: EntityManager) {
  const a = sqlTabel(em, Aantekening);
  const d = sqlTabel(em, DossierPersoon);
  const p = sqlTabel(em, Persoon);
  const v = sqlTabel(em, Verzoek);
  const ref = p.kolom('persoonRef');
  const dRef = d.kolom('persoon');
  const dDossier = d.kolom('dossierId');
  const teksten = (
    personen: string,
  ) => `update ${v.naam} set ${v.kolom('teksten')} = null, ${v.kolom('motivering')} = null
      where ${v.kolom('persoonRef')} in (${personen})`;
  return {
    // The CTEs see one snapshot: "no other file" excludes the files destroyed in this statement itself.
    dossiers: `with teksten as (
        delete from ${a.naam} where ${a.kolom('dossierId')} = any($1::uuid[]) returning ${a.kolom('dataKey')} as key_id
      ), links as (
        delete from ${d.naam} where ${dDossier} = any($1::uuid[]) returning ${dRef} as persoon_ref, ${dDossier} as dossier_id
      ), weg as (
        select distinct on (l.persoon_ref) l.persoon_ref, l.dossier_id from links l
         where not exists (select 1 from ${d.naam} x where x.${dRef} = l.persoon_ref and x.${dDossier} <> all($1::uuid[]))
         order by l.persoon_ref, l.dossier_id
      ), personen as (
        delete from ${p.naam} p using weg where p.${ref} = weg.persoon_ref
        returning p.${ref} as persoon_ref, p.${p.kolom('regio')} as regio, p.${p.kolom('dataKey')} as key_id, weg.dossier_id
      ), verzoeken as (${teksten('select persoon_ref from personen')})
      select coalesce((select jsonb_agg(jsonb_build_object('persoonRef', persoon_ref, 'regio', regio, 'dossierId', dossier_id)
                        order by persoon_ref) from personen), '[]'::jsonb) as personen,
             array(select key_id from teksten union all select key_id from personen)::text[] as "keyIds"`,
    persoon: `with eigen as (
        delete from ${a.naam} where ${a.kolom('betreft')} @> $2::jsonb and ${a.kolom('betreft')} <@ $2::jsonb
        returning ${a.kolom('dataKey')} as key_id
      ), gedeeld as (
        update ${a.naam} set ${a.kolom('betreft')} = ${a.kolom('betreft')} - $1::text
         where ${a.kolom('betreft')} @> $2::jsonb and not (${a.kolom('betreft')} <@ $2::jsonb)
      ), links as (delete from ${d.naam} where ${dRef} = $1::uuid), persoon as (
        delete from ${p.naam} where ${ref} = $1::uuid returning ${p.kolom('dataKey')} as key_id, ${p.kolom('regio')} as regio
      ), verzoeken as (${teksten('$1::uuid')})
      select regio, array(select key_id from eigen union all select key_id from persoon)::text[] as "keyIds" from persoon`,
  };
}
