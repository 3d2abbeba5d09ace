import { OngeldigeInvoer } from '@vt/contracts';
import { regioVoorGemeente } from '@vt/regions';

/** Clock skew we tolerate on a client-supplied receipt time. */
const MAX_KLOKAFWIJKING_MS = 5 * 60 * 1000;

/** Veilig Thuis exists since the Wmo 2015 took effect: no report was received before. */
const EERSTE_ONTVANGST = new Date('2015-01-01T00:00:00+01:00');

/**
 * The receipt checks (§3, §6): the household's municipality gives the region (woonplaatsbeginsel), and a
 * given receipt time lies neither in the future nor before Veilig Thuis existed. Every failed field at once.
 */
export function toetsOntvangst(
  m: { ontvangenOp?: string; huishouden: { gemeentecode: string } },
  nu: Date,
): { regio: string; ontvangenOp: Date } {
  const regio = regioVoorGemeente(m.huishouden.gemeentecode);
  const ontvangenOp = m.ontvangenOp ? new Date(m.ontvangenOp) : nu;
  const fouten = [];
  if (!regio) fouten.push({ field: 'huishouden.gemeentecode', message: 'onbekende gemeentecode' });
  if (ontvangenOp.getTime() > nu.getTime() + MAX_KLOKAFWIJKING_MS) {
    fouten.push({ field: 'ontvangenOp', message: 'ontvangenOp ligt in de toekomst' });
  }
  if (ontvangenOp.getTime() < EERSTE_ONTVANGST.getTime()) {
    fouten.push({ field: 'ontvangenOp', message: 'ontvangenOp ligt voor 2015, toen Veilig Thuis begon' });
  }
  if (fouten.length > 0 || !regio) throw new OngeldigeInvoer(fouten);
  return { regio, ontvangenOp };
}
