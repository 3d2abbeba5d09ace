import type { Pool } from 'pg';

/**
 * Fills the vault with `aantal` closed files of one person and one text each (random bytes where the
 * ciphertexts and wrapped keys go: nothing is ever decrypted), kept until `bewaarTot`. For the retention
 * job's reliability test and its bench; never called by the service. Returns the files' ids.
 */
export async function vulVerlopenDossiers(
  pool: Pick<Pool, 'query'>,
  aantal: number,
  bewaarTot: string,
  regio = 'VR09',
): Promise<string[]> {
  const { rows } = await pool.query<{ dossier_id: string }>(
    `with d as (
       select gen_random_uuid() as dossier_id, gen_random_uuid() as persoon_ref, gen_random_uuid() as pk,
              gen_random_uuid() as ak, gen_random_uuid() as aref from generate_series(1, $1::int)
     ), k1 as (
       insert into privacy_keys.data_key (key_id, eigenaar_soort, eigenaar_ref, wrapped)
       select pk, 'persoon', persoon_ref, decode(md5(pk::text), 'hex') from d
     ), k2 as (
       insert into privacy_keys.data_key (key_id, eigenaar_soort, eigenaar_ref, wrapped)
       select ak, 'aantekening', aref, decode(md5(ak::text), 'hex') from d
     ), p as (
       insert into privacy.persoon (persoon_ref, regio, key_id, gegevens) select persoon_ref, $3, pk, decode(md5(persoon_ref::text), 'hex') from d
     ), a as (
       insert into privacy.aantekening (aantekening_ref, regio, dossier_id, soort, key_id, tekst, betreft)
       select aref, $3, dossier_id, 'melding.zorgen.omschrijving', ak, decode(md5(aref::text), 'hex'), jsonb_build_array(persoon_ref) from d
     ), l as (
       insert into privacy.dossier_persoon (dossier_id, persoon_ref, rol) select dossier_id, persoon_ref, 'kind' from d
     )
     insert into privacy.bewaartermijn (dossier_id, regio, grondslag, aanvang, bewaar_tot, verlengingen, status)
     select dossier_id, $3, 'melding', ($2::date - interval '20 years')::date, $2::date, '[]'::jsonb, 'actief' from d
     returning dossier_id`,
    [aantal, bewaarTot, regio],
  );
  return rows.map((r) => r.dossier_id);
}
