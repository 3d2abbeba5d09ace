import { type MelderType, RegelOvertreding } from '@vt/contracts';

/** What feedback to a reporter can say (§12.2). */
export const TERUGKOPPELINGSINHOUD = [
  'in-behandeling-genomen',
  'betrokkenheid-afgerond',
  'vervolgtraject-gestart',
  'geen-vervolgtraject',
  'overdrachtspartij',
  'veiligheidsvoorwaarden',
  'monitoringafspraken',
  'niet-bevestigd',
  'verwachting-melder',
  'reden-afsluiting',
] as const;
export type Terugkoppelingsinhoud = (typeof TERUGKOPPELINGSINHOUD)[number];
export const TERUGKOPPELINGSKANALEN = ['telefonisch', 'schriftelijk'] as const;

export interface TerugkoppelingVoorstel {
  melderType: MelderType;
  inhoud: Terugkoppelingsinhoud[];
  /** VT-12.2.2-b: a bystander with a continuing involvement with the family (close family). */
  voortdurendeBetrokkenheid?: boolean;
  /** VT-12.2.1-b item 3: the professional reporter plays a role in the follow-up. */
  rolInVervolg?: boolean;
}

/** VT-12.2-a/d, VT-12.2.1-b, VT-12.2.2-a/b: what this reporter may be told. */
export function toegestaneInhoud(v: Omit<TerugkoppelingVoorstel, 'inhoud'>): Set<Terugkoppelingsinhoud> {
  const altijd: Terugkoppelingsinhoud[] = [
    'in-behandeling-genomen',
    'betrokkenheid-afgerond',
    'reden-afsluiting',
  ];
  if (v.melderType === 'omstander' || v.melderType === 'directbetrokkene') {
    return new Set([
      ...altijd,
      ...(v.voortdurendeBetrokkenheid
        ? (['niet-bevestigd', 'vervolgtraject-gestart', 'verwachting-melder'] as const)
        : []),
    ]);
  }
  return new Set([
    ...altijd,
    'vervolgtraject-gestart',
    'geen-vervolgtraject',
    'overdrachtspartij',
    ...(v.rolInVervolg ? (['veiligheidsvoorwaarden', 'monitoringafspraken'] as const) : []),
  ]);
}

export function toetsTerugkoppeling(v: TerugkoppelingVoorstel, besloten: boolean): void {
  if (!besloten) {
    throw new RegelOvertreding(
      'VT-12.2.1-a',
      'de terugkoppeling volgt direct na het besluit van de veiligheidsbeoordeling',
    );
  }
  const mag = toegestaneInhoud(v);
  const teVeel = v.inhoud.filter((i) => !mag.has(i));
  if (!teVeel.length) return;
  const omstander = v.melderType === 'omstander' || v.melderType === 'directbetrokkene';
  throw new RegelOvertreding(
    omstander ? 'VT-12.2.2-a' : 'VT-12.2.1-b',
    omstander
      ? 'een omstander hoort alleen of de melding in behandeling is genomen en de betrokkenheid is afgerond'
      : 'een professional hoort alleen wat nodig is voor zijn taak',
    [{ field: 'inhoud', message: `niet voor deze melder: ${teVeel.join(', ')}` }],
  );
}
