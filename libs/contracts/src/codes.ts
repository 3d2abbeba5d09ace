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
/** VT-6.3.1-a: the check of the Meldcode a professional's report resulted from. */
export const CHECK_AANLEIDINGEN = ['kindcheck', 'mantelzorgcheck'] as const;
/** VT-6.1-a, VT-6.8-a: where responsibility for oversight of safety was agreed to lie. */
export const ZICHT_OP_VEILIGHEID_BIJ = ['veilig-thuis', 'melder'] as const;
/** VT-B1-b: a re-report where one, or two or more, of the people had earlier involvement. */
export const HERMELDING_CATEGORIEEN = ['een-persoon', 'meerdere-personen'] as const;
/** VT-6.7-a: Veilig Thuis's decision on a reporter's wish to withdraw. */
export const INTREKKING_BESLUITEN = ['verwijderen', 'handhaven'] as const;
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

export type Kanaal = (typeof KANALEN)[number];
export type MelderType = (typeof MELDER_TYPES)[number];
export type Anonimiteit = (typeof ANONIMITEIT)[number];
export type Anonimiteitsgrond = (typeof ANONIMITEITSGRONDEN)[number];
export type MeldingStatus = (typeof MELDING_STATUSSEN)[number];

/** The decisions a safety assessment ends in (§7.4.3, contract §2 assessment). */
export const BESLUITEN = [
  'overdracht',
  'voorwaarden-en-vervolg',
  'onderzoek',
  'geen-vervolgstappen',
] as const;
/** Who takes over the follow-up steps on a direct handover (VT-7.4.3-a parties 2–5). */
export const OVERDRACHTSPARTIJEN = [
  'lokaal-team',
  'betrokken-professional',
  'multidisciplinair-team',
  'clientsysteem',
] as const;
/** The services Veilig Thuis runs itself after the assessment (§9, §10). */
export const DIENSTEN = ['voorwaarden-en-vervolg', 'onderzoek'] as const;

export type Besluit = (typeof BESLUITEN)[number];
export type Overdrachtspartij = (typeof OVERDRACHTSPARTIJEN)[number];
export type Dienst = (typeof DIENSTEN)[number];
export type CheckAanleiding = (typeof CHECK_AANLEIDINGEN)[number];
export type ZichtOpVeiligheidBij = (typeof ZICHT_OP_VEILIGHEID_BIJ)[number];
export type HermeldingCategorie = (typeof HERMELDING_CATEGORIEEN)[number];
export type IntrekkingBesluit = (typeof INTREKKING_BESLUITEN)[number];
