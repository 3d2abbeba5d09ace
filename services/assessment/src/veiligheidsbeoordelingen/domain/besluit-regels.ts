import { type Besluit, OngeldigeInvoer, type Overdrachtspartij, RegelOvertreding } from '@vt/contracts';

/** VT-2.2.1-b, VT-7.4.3-c: the in-house expertise a decision may call on. */
export const EXPERTISES = [
  'vertrouwensarts',
  'gedragswetenschapper',
  'forensisch-verpleegkundige',
  'aandachtsfunctionaris',
] as const;
export type Expertise = (typeof EXPERTISES)[number];

/** The assessment can no longer take this step: it was taken already (409, not a protocol rule). */
export class AlBesloten extends Error {
  constructor(message = 'de veiligheidsbeoordeling is al besloten') {
    super(message);
    this.name = 'AlBesloten';
  }
}

/** The state of an assessment a step depends on. */
export interface Beoordelingsstand {
  status: 'open' | 'besloten';
  /** The file was closed: a direct handover or no follow-up steps (VT-11.3.1-c, VT-7.4.3-a B). */
  dossierAfgesloten: boolean;
}

/** VT-7.4.3-a: once the involvement ended (handover, no follow-up), no step is taken on the file. */
export function toetsDossierLopend(dossierAfgesloten: boolean): void {
  if (!dossierAfgesloten) return;
  throw new RegelOvertreding(
    'VT-7.4.3-a',
    'de betrokkenheid bij dit dossier is beëindigd; het dossier is afgesloten',
  );
}

/** VT-7.4-a: information and appraisal belong to an open assessment of a running file. */
export function toetsOpen(stand: Beoordelingsstand): void {
  toetsDossierLopend(stand.dossierAfgesloten);
  if (stand.status === 'besloten') throw new AlBesloten();
}

/** VT-2.2.1-a: in or after consultation with at least one colleague who is not the decider. */
export function toetsConsultatie(geconsulteerd: readonly string[], beslisser: string): void {
  if (geconsulteerd.some((c) => c !== beslisser)) return;
  throw new RegelOvertreding(
    'VT-2.2.1-a',
    geconsulteerd.length
      ? 'de beslisser kan niet zijn eigen collega zijn: raadpleeg ten minste één andere collega'
      : 'een besluit vraagt ten minste één geraadpleegde collega',
    [{ field: 'geconsulteerd', message: 'ten minste één collega anders dan de beslisser' }],
  );
}

/** Both parts of VT-2.2.2-a, each not blank. */
export function toetsMotivering(motivering: {
  betrokkenInformatie?: string;
  gewogenBelangen?: string;
}): void {
  const ontbreekt = (['betrokkenInformatie', 'gewogenBelangen'] as const).filter(
    (deel) => !motivering[deel]?.trim(),
  );
  if (!ontbreekt.length) return;
  throw new RegelOvertreding(
    'VT-2.2.2-a',
    'een besluit toont welke informatie en welke belangen zijn meegewogen, en hoe',
    ontbreekt.map((deel) => ({ field: `motivering.${deel}`, message: 'verplicht deel van de motivering' })),
  );
}

export interface BesluitVoorstel {
  besluit: Besluit;
  overdrachtspartij?: Overdrachtspartij;
  geconsulteerd: readonly string[];
  motivering: { betrokkenInformatie?: string; gewogenBelangen?: string };
  afwijkingMotivering?: string;
  termijnToelichting?: string;
}

export interface BesluitContext extends Beoordelingsstand {
  beslisser: string;
  /** From the recorded appraisal; `undefined` when none was recorded, `null` when judgement. */
  geindiceerdBesluit: Besluit | null | undefined;
  /** VT-7.2-a: the 5 working days have passed. */
  termijnVerstreken: boolean;
}

export interface BesluitUitkomst {
  afgeweken: boolean;
  /** Who carries out the follow-up steps (VT-7.4.3-a A), none on B. */
  verantwoordelijke: 'veilig-thuis' | Overdrachtspartij | null;
  /** The decision ends Veilig Thuis's involvement with the file (VT-11.3.1-c, VT-7.4.3-a B). */
  beeindigtBetrokkenheid: boolean;
}

/** Every rule of the assessment decision (VT-7.4.3-a, VT-2.2, VT-1.4-d, VT-1.3-l); refuses or decides. */
export function toetsBesluit(v: BesluitVoorstel, ctx: BesluitContext): BesluitUitkomst {
  toetsPartij(v);
  toetsOpen(ctx);
  if (ctx.geindiceerdBesluit === undefined) {
    throw new RegelOvertreding('VT-7.4-a', 'eerst de veiligheidstaxatie (§7.4.2), dan het besluit');
  }
  toetsConsultatie(v.geconsulteerd, ctx.beslisser);
  toetsMotivering(v.motivering);
  const afgeweken = ctx.geindiceerdBesluit !== null && ctx.geindiceerdBesluit !== v.besluit;
  if (afgeweken && !v.afwijkingMotivering?.trim()) {
    throw new RegelOvertreding(
      'VT-1.4-d',
      `het protocol wijst op ${ctx.geindiceerdBesluit}; afwijken kan alleen met een motivering`,
      [{ field: 'afwijkingMotivering', message: 'verplicht bij afwijken van het geïndiceerde besluit' }],
    );
  }
  if (ctx.termijnVerstreken && !v.termijnToelichting?.trim()) {
    throw new RegelOvertreding(
      'VT-1.3-l',
      'de termijn van 5 werkdagen is verstreken; licht toe waarom meer tijd nodig was',
      [{ field: 'termijnToelichting', message: 'verplicht bij een besluit na de termijn' }],
    );
  }
  return {
    afgeweken,
    verantwoordelijke: verantwoordelijke(v),
    beeindigtBetrokkenheid: v.besluit === 'overdracht' || v.besluit === 'geen-vervolgstappen',
  };
}

/** VT-7.4.3-a: a handover names its party (2–5); the other decisions name none. */
function toetsPartij(v: BesluitVoorstel): void {
  if (v.besluit === 'overdracht' && !v.overdrachtspartij) {
    throw new OngeldigeInvoer([{ field: 'overdrachtspartij', message: 'verplicht bij besluit overdracht' }]);
  }
  if (v.besluit !== 'overdracht' && v.overdrachtspartij) {
    throw new OngeldigeInvoer([{ field: 'overdrachtspartij', message: 'alleen bij besluit overdracht' }]);
  }
}

function verantwoordelijke(v: BesluitVoorstel): BesluitUitkomst['verantwoordelijke'] {
  switch (v.besluit) {
    case 'voorwaarden-en-vervolg':
    case 'onderzoek':
      return 'veilig-thuis';
    case 'overdracht':
      return v.overdrachtspartij ?? null;
    case 'geen-vervolgstappen':
      return null;
  }
}

/**
 * VT-7.3-a: Veilig Thuis is responsible for oversight of safety from the decision, unless it already was
 * (an urgent report from receipt, any report from the 6th working day); a decision that ends the
 * involvement hands nothing to Veilig Thuis.
 */
export function neemtZichtOpVeiligheidOver(
  b: { spoed: boolean; zichtOpVeiligheidVanaf: string },
  besluit: Besluit,
  vandaag: string,
): boolean {
  return besluit !== 'geen-vervolgstappen' && !b.spoed && vandaag < b.zichtOpVeiligheidVanaf;
}

/**
 * VT-7.3-a: the takeover a decision announces, once per assessment: the decision's day when it is the
 * first moment and nobody took over yet. An urgent report was taken over at receipt, and the 6th working
 * day is the scheduler's to announce (ADR 0021), also for a decision after it.
 */
export function overnameBijBesluit(
  b: { spoed: boolean; zichtOpVeiligheidVanaf: string; zichtOvergenomenOp?: Date | null },
  besluit: Besluit,
  vandaag: string,
): { grond: 'besluit'; vanaf: string } | undefined {
  if (b.zichtOvergenomenOp || !neemtZichtOpVeiligheidOver(b, besluit, vandaag)) return undefined;
  return { grond: 'besluit', vanaf: vandaag };
}
