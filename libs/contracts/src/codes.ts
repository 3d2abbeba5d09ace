// Code lists of the public contract (contract §2); shared by HTTP DTOs, events and the vault.
export const KANALEN = ['telefoon', 'schriftelijk', 'persoonlijk', 'chat', 'digitaal'] as const;
export const MELDER_TYPES = ['omstander', 'professional', 'politie', 'directbetrokkene'] as const;
/** The reporter of an ex officio report (VT-4.4-e): Veilig Thuis itself, never a client of POST /meldingen. */
export const AMBTSHALVE_MELDER_TYPE = 'veilig-thuis' as const;
/** Every reporter type a stored report or its event can carry. */
export const ALLE_MELDER_TYPES = [...MELDER_TYPES, AMBTSHALVE_MELDER_TYPE] as const;
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

/** A purpose code (`X-Doelbinding`, an RPC's `doelbinding`): lowercase words joined by hyphens. */
export const DOELBINDING_PATROON = /^[a-z][a-z0-9-]{1,63}$/;

export type Kanaal = (typeof KANALEN)[number];
export type MelderType = (typeof ALLE_MELDER_TYPES)[number];
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
// Advice and support (§3–5, contract §2 `/adviezen`).
/** VT-3.2-a: the channels of a first contact; an advice has no `digitaal` (police) channel. */
export const ADVIES_KANALEN = ['telefoon', 'schriftelijk', 'persoonlijk', 'chat'] as const;
/** VT-4.0-a, VT-5.1-c: who asks for advice. */
export const ADVIESVRAGER_TYPES = ['directbetrokkene', 'omstander', 'professional'] as const;
/** VT-3.3-a: what the caller wants; the caller decides. */
export const INTENTIES = ['advies', 'melding', 'weet-niet'] as const;
/** The five steps of the Meldcode (VT-3.2.2-a); `afwegingskader` is step 4/5's assessment framework. */
export const MELDCODE_STAPPEN = [
  'signalen-in-kaart',
  'collegiale-consultatie',
  'gesprek-met-client',
  'wegen-afwegingskader',
  'beslissen',
] as const;
/** The support actions of VT-4.3-a and VT-5.3-b (an open list: `overig` with a note in the vault). */
export const ONDERSTEUNINGSACTIES = [
  'contact-hulpverlening',
  'voorbereiden-gesprek',
  'deelname-gesprek',
  'veiligheidsplan',
  'lokaal-teamoverleg',
  'overig',
] as const;

export type AdviesKanaal = (typeof ADVIES_KANALEN)[number];
export type AdviesvragerType = (typeof ADVIESVRAGER_TYPES)[number];
export type Intentie = (typeof INTENTIES)[number];
export type MeldcodeStap = (typeof MELDCODE_STAPPEN)[number];
export type Ondersteuningsactie = (typeof ONDERSTEUNINGSACTIES)[number];
