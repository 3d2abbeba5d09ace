import { type BatchmeldingInhoud, type MeldingStatus, OngeldigeInvoer } from '@vt/contracts';
import type { TermijnKalender } from '@vt/werkdagen';
import { MELDER_SLEUTEL, teRegistrerenPersonen, tekstenVan } from '../../meldingen/domain/kluisopdracht';
import { beginstatus, termijnen, toetsMelding } from '../../meldingen/domain/melding-regels';
import type { Ontvangst } from '../../meldingen/domain/melding-rijen';
import { meldingSloten } from '../../meldingen/domain/melding-sloten';
import { toetsOntvangst } from '../../meldingen/domain/ontvangst';
import { uuidVoor } from '../../meldingen/domain/stabiel-id';
import type { OntvangMeldingCommand } from '../../meldingen/use-cases/ontvang-melding/ontvang-melding.command';

/** Most reports one batch carries (contract: `POST /meldingbatches`). */
export const MAX_BATCH = 1000;
/** Reports per chunk: one worker transaction, one vault call each way (ADR 0020). */
export const DEEL_GROOTTE = 100;

/**
 * What intake keeps of a waiting item: the report's codes, dates and booleans, the roles of its people by
 * the vault's key and its lock buckets; no name, number, address or text (those wait sealed in the vault).
 */
export interface BatchitemGegevens {
  melding: Ontvangst['melding'];
  regio: string;
  ontvangenOp: string;
  status: MeldingStatus;
  deadlines: Ontvangst['deadlines'];
  /** sleutel → rol of the household's people (the reporter is not on intake's file). */
  rollen: Record<string, string>;
  /** `meldingSloten` of the household: 16-bit buckets that tell nothing about the people. */
  sloten: number[];
}

/** A report of a batch that passed its checks: what intake keeps, and what goes sealed to the vault. */
export interface GetoetstItem {
  gegevens: BatchitemGegevens;
  inhoud: BatchmeldingInhoud;
}

/**
 * The checks of a single report (§3, §6) for one item of a police batch, plus VT-6.4-a: this route takes
 * police reports only. Throws what the single report would; a report the checks pass is split in the part
 * intake keeps and the part the vault seals.
 */
export function toetsBatchitem(m: OntvangMeldingCommand, nu: Date, kalender: TermijnKalender): GetoetstItem {
  if (m.melder.type !== 'politie') {
    throw new OngeldigeInvoer([
      { field: 'melder.type', message: 'een meldingbatch bevat alleen meldingen van de politie (VT-6.4-a)' },
    ]);
  }
  const { regio, ontvangenOp } = toetsOntvangst(m, nu);
  toetsMelding(m);
  const personen = teRegistrerenPersonen(m);
  const huishouden = personen.filter((p) => p.sleutel !== MELDER_SLEUTEL).map((p) => p.sleutel);
  return {
    gegevens: {
      melding: {
        kanaal: m.kanaal,
        spoed: m.spoed,
        melder: {
          type: m.melder.type,
          ...(m.melder.meldcodePlichtig !== undefined ? { meldcodePlichtig: m.melder.meldcodePlichtig } : {}),
          ...(m.melder.toestemmingIdentiteitDelen !== undefined
            ? { toestemmingIdentiteitDelen: m.melder.toestemmingIdentiteitDelen }
            : {}),
        },
        anonimiteit: m.anonimiteit,
        ...(m.anonimiteitsgrond ? { anonimiteitsgrond: m.anonimiteitsgrond } : {}),
        huishouden: { gemeentecode: m.huishouden.gemeentecode },
        zorgen: {
          schaalvraag: m.zorgen.schaalvraag,
          ...(m.zorgen.strafrechtelijkOnderzoek !== undefined
            ? { strafrechtelijkOnderzoek: m.zorgen.strafrechtelijkOnderzoek }
            : {}),
        },
      },
      regio,
      ontvangenOp: ontvangenOp.toISOString(),
      status: beginstatus(m.anonimiteit),
      deadlines: termijnen(kalender, ontvangenOp, m.spoed),
      rollen: Object.fromEntries(
        personen.filter((p) => p.sleutel !== MELDER_SLEUTEL).map((p) => [p.sleutel, p.rol]),
      ),
      sloten: meldingSloten(m.huishouden.personen),
    },
    inhoud: {
      personen,
      teksten: tekstenVan(m).map((t) => ({ ...t, betreftSleutels: huishouden })),
    },
  };
}

/** The chunk an item belongs to, by its place in the batch. */
export const deelVan = (volgnummer: number) => Math.floor(volgnummer / DEEL_GROOTTE);

/** The ids of an item's report, stable for every attempt, so a chunk done again writes the same rows. */
export function itemIds(meldingbatchId: string, volgnummer: number) {
  const meldingId = uuidVoor(`${meldingbatchId}|${volgnummer}`, 'melding');
  return {
    meldingId,
    nieuwDossierId: uuidVoor(meldingId, 'dossier'),
    personenVerzoek: uuidVoor(meldingId, 'personen'),
    aantekeningenVerzoek: uuidVoor(meldingId, 'aantekeningen'),
  };
}
