/** Role codes of contract §1.2; which decision needs which role is in the protocol requirements. */
export const ROLLEN = [
  'medewerker',
  'leidinggevende',
  'vertrouwensarts',
  'gedragswetenschapper',
  'forensisch-verpleegkundige',
  'jurist',
  'privacyfunctionaris',
  'auditor',
] as const;

export type Rol = (typeof ROLLEN)[number];

/** The roles that work on cases (receive reports, assess, investigate): all but those who only look on. */
export const BEHANDELROLLEN: readonly Rol[] = ROLLEN.filter(
  (r) => r !== 'privacyfunctionaris' && r !== 'auditor',
);

/** CBS safety-region codes (contract §1.1), one Veilig Thuis organisation each. */
export const REGIO_CODES = [
  'VR01',
  'VR02',
  'VR03',
  'VR04',
  'VR05',
  'VR06',
  'VR07',
  'VR08',
  'VR09',
  'VR10',
  'VR11',
  'VR12',
  'VR13',
  'VR14',
  'VR15',
  'VR16',
  'VR17',
  'VR18',
  'VR19',
  'VR20',
  'VR21',
  'VR22',
  'VR23',
  'VR24',
  'VR25',
] as const;

export type RegioCode = (typeof REGIO_CODES)[number];

export function isRol(waarde: unknown): waarde is Rol {
  return typeof waarde === 'string' && (ROLLEN as readonly string[]).includes(waarde);
}

export function isRegioCode(waarde: unknown): waarde is RegioCode {
  return typeof waarde === 'string' && (REGIO_CODES as readonly string[]).includes(waarde);
}
