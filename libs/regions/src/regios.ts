/** The 25 safety regions (CBS `VR01`–`VR25`), one Veilig Thuis organisation each (contract §1.1). */
export const REGIOS = [
  { code: 'VR01', naam: 'Groningen' },
  { code: 'VR02', naam: 'Fryslân' },
  { code: 'VR03', naam: 'Drenthe' },
  { code: 'VR04', naam: 'IJsselland' },
  { code: 'VR05', naam: 'Twente' },
  { code: 'VR06', naam: 'Noord- en Oost-Gelderland' },
  { code: 'VR07', naam: 'Gelderland-Midden' },
  { code: 'VR08', naam: 'Gelderland-Zuid' },
  { code: 'VR09', naam: 'Utrecht' },
  { code: 'VR10', naam: 'Noord-Holland Noord' },
  { code: 'VR11', naam: 'Zaanstreek-Waterland' },
  { code: 'VR12', naam: 'Kennemerland' },
  { code: 'VR13', naam: 'Amsterdam-Amstelland' },
  { code: 'VR14', naam: 'Gooi en Vechtstreek' },
  { code: 'VR15', naam: 'Haaglanden' },
  { code: 'VR16', naam: 'Hollands Midden' },
  { code: 'VR17', naam: 'Rotterdam-Rijnmond' },
  { code: 'VR18', naam: 'Zuid-Holland Zuid' },
  { code: 'VR19', naam: 'Zeeland' },
  { code: 'VR20', naam: 'Midden- en West-Brabant' },
  { code: 'VR21', naam: 'Brabant-Noord' },
  { code: 'VR22', naam: 'Brabant-Zuidoost' },
  { code: 'VR23', naam: 'Limburg-Noord' },
  { code: 'VR24', naam: 'Zuid-Limburg' },
  { code: 'VR25', naam: 'Flevoland' },
] as const satisfies ReadonlyArray<{ code: `VR${string}`; naam: string }>;

export type RegioCode = (typeof REGIOS)[number]['code'];

export interface Regio {
  readonly code: RegioCode;
  readonly naam: string;
}

export const REGIO_CODES: readonly RegioCode[] = REGIOS.map((r) => r.code);

const regioCodes: ReadonlySet<string> = new Set(REGIO_CODES);

export function isRegioCode(x: unknown): x is RegioCode {
  return typeof x === 'string' && regioCodes.has(x);
}

export function regio(code: RegioCode): Regio;
export function regio(code: string): Regio | undefined;
export function regio(code: string): Regio | undefined {
  return REGIOS.find((r) => r.code === code);
}
