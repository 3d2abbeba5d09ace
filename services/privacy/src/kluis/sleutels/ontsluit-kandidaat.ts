import type { GeopendeKandidaat, KluisService } from '../kluis.service';
import type { Kandidaat } from '../persistence/kluis.repository';
import type { SleutelDienstPort } from './sleutel-dienst';

/**
 * A stored person with his data key from the key service (ADR 0023): opened lazily, so nothing is
 * decrypted until `gegevens()` is called; the caller logs that (`geopend()`). A destroyed key throws
 * `KeyDestroyed` on first use.
 */
export async function ontsluitKandidaat(
  kluis: KluisService,
  sleutels: Pick<SleutelDienstPort, 'ontsluit'>,
  k: Kandidaat,
): Promise<GeopendeKandidaat> {
  const dataKeys = await sleutels.ontsluit([k.keyId]);
  return kluis.openKandidaat(k, dataKeys.get(k.keyId));
}
