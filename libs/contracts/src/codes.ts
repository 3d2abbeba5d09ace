// Code lists of the public contract (contract §2); shared by HTTP DTOs, events and the vault.
export const KANALEN = ['telefoon', 'schriftelijk', 'persoonlijk', 'chat', 'digitaal'] as const;
export const MELDER_TYPES = ['omstander', 'professional', 'politie', 'directbetrokkene'] as const;
export const ANONIMITEIT = ['geen', 'tov-directbetrokkenen', 'tov-veilig-thuis'] as const;
export const ANONIMITEITSGRONDEN = [
  'bedreiging-directbetrokkenen',
  'bedreiging-melder',
  'verstoring-vertrouwensrelatie',
] as const;
export const MELDING_STATUSSEN = ['in-behandeling', 'niet-in-behandeling'] as const;
/** Usual household roles; the contract leaves `rol` open, so any lower-case code of this shape is accepted. */
export const PERSOON_ROLLEN = [
  'slachtoffer',
  'vermoedelijk-slachtoffer',
  'pleger',
  'vermoedelijke-pleger',
  'kind',
  'ouder',
  'verzorger',
  'huisgenoot',
  'overig',
] as const;
export const PERSOON_ROL_PATROON = /^[a-z][a-z0-9-]{0,39}$/;

/** A purpose code (`X-Doelbinding`, an RPC's `doelbinding`): lowercase words joined by hyphens. */
export const DOELBINDING_PATROON = /^[a-z][a-z0-9-]{1,63}$/;

export type Kanaal = (typeof KANALEN)[number];
export type MelderType = (typeof MELDER_TYPES)[number];
export type Anonimiteit = (typeof ANONIMITEIT)[number];
export type Anonimiteitsgrond = (typeof ANONIMITEITSGRONDEN)[number];
export type MeldingStatus = (typeof MELDING_STATUSSEN)[number];
