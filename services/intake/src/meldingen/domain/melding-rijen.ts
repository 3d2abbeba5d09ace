import type {
  AfsprakenV1,
  Anonimiteit,
  Anonimiteitsgrond,
  CheckAanleiding,
  DossierGeopendV1,
  HermeldingCategorie,
  Kanaal,
  MelderType,
  MeldingOntvangenV1,
  MeldingStatus,
} from '@vt/contracts';
import type { Dossier, DossierPersoon } from '../../dossiers/persistence/dossier.entity';
import type { Melding } from '../persistence/melding.entity';
import type { GekozenDossier } from './dossierkeuze';
import { zichtOpVeiligheidBij } from './melding-context';

/** A report that passed its checks and whose people the vault registered, before it is written. */
export interface Ontvangst {
  melding: {
    kanaal: Kanaal;
    spoed: boolean;
    melder: {
      type: MelderType;
      meldcodePlichtig?: boolean;
      toestemmingIdentiteitDelen?: boolean;
      meldcodeStappenBesproken?: boolean;
      checkAanleiding?: CheckAanleiding;
    };
    anonimiteit: Anonimiteit;
    anonimiteitsgrond?: Anonimiteitsgrond;
    huishouden: { gemeentecode: string };
    zorgen: {
      schaalvraag: number;
      strafrechtelijkOnderzoek?: boolean;
      acuteOnveiligheid?: boolean;
      structureleOnveiligheid?: boolean;
    };
    gevolgenAnonimiteitBesproken?: boolean;
    afspraken?: Pick<AfsprakenV1, 'zichtOpVeiligheidBij'>;
    terugkoppeling?: { verwachtOp?: string };
  };
  meldingId: string;
  regio: string;
  /** VT-3.0-b: the residence's region, when the report was given to another (`regio`). */
  woonplaatsRegio?: string;
  /** VT-B1-b. */
  hermelding?: HermeldingCategorie | null;
  geregistreerdDoor: string;
  nu: Date;
  ontvangenOp: Date;
  status: MeldingStatus;
  deadlines: { veiligheidsbeoordelingUiterlijk: string; zichtOpVeiligheidUiterlijk: string };
  melderRef?: string;
  /** The household's people and their roles in this report (the reporter is not on intake's file). */
  koppelingen: { persoonRef: string; rol: string }[];
}

/** What receiving one report writes in intake's schema, and the events announcing it. */
export interface MeldingRijen {
  /** Only for a new (hence open) file; a report that joins a running file leaves its row as it is. */
  nieuwDossier?: Omit<Dossier, 'afgeslotenOp'>;
  /** Upserted: a person already on the file gets the role of this report. */
  dossierPersonen: DossierPersoon[];
  melding: Required<Melding>;
  dossierGeopend?: DossierGeopendV1;
  meldingOntvangen: MeldingOntvangenV1;
}

/** The file (when new), its people, the report, and the events announcing them. */
export function meldingRijen(
  o: Ontvangst,
  dossier: GekozenDossier,
  aantekeningRefs: Record<string, string>,
): MeldingRijen {
  const { melding: m, regio, nu } = o;
  return {
    nieuwDossier: dossier.lopend
      ? undefined
      : {
          id: dossier.id,
          regio,
          status: 'lopend',
          fase: 'veiligheidsbeoordeling',
          geopendOp: nu,
          eerdereDossiers: dossier.eerdereDossiers,
        },
    // One upsert may touch a row only once; of two roles of one person the last counts, as before.
    dossierPersonen: [
      ...new Map(o.koppelingen.map((k) => [k.persoonRef, { dossierId: dossier.id, ...k }])).values(),
    ],
    melding: {
      id: o.meldingId,
      dossierId: dossier.id,
      regio,
      gemeentecode: m.huishouden.gemeentecode,
      kanaal: m.kanaal,
      ontvangenOp: o.ontvangenOp,
      spoed: m.spoed,
      status: o.status,
      melderType: m.melder.type,
      melderRef: o.melderRef ?? null,
      anonimiteit: m.anonimiteit,
      anonimiteitsgrond: m.anonimiteitsgrond ?? null,
      meldcodePlichtig: m.melder.meldcodePlichtig ?? null,
      toestemmingIdentiteitDelen: m.melder.toestemmingIdentiteitDelen ?? null,
      schaalvraag: m.zorgen.schaalvraag,
      strafrechtelijkOnderzoek: m.zorgen.strafrechtelijkOnderzoek ?? null,
      aantekeningRefs,
      ...o.deadlines,
      geregistreerdDoor: o.geregistreerdDoor,
      geregistreerdOp: nu,
      meldcodeStappenBesproken: m.melder.meldcodeStappenBesproken ?? null,
      checkAanleiding: m.melder.checkAanleiding ?? null,
      acuteOnveiligheid: m.zorgen.acuteOnveiligheid ?? null,
      structureleOnveiligheid: m.zorgen.structureleOnveiligheid ?? null,
      gevolgenAnonimiteitBesproken: m.gevolgenAnonimiteitBesproken ?? null,
      zichtOpVeiligheidBij: zichtOpVeiligheidBij(m),
      terugkoppelingVerwachtOp: m.terugkoppeling?.verwachtOp ?? null,
      woonplaatsRegio: o.woonplaatsRegio ?? null,
      hermelding: o.hermelding ?? null,
      inBehandelingGenomenDoor: null,
      inBehandelingGenomenOp: null,
    },
    dossierGeopend: dossier.lopend
      ? undefined
      : {
          dossierId: dossier.id,
          regio,
          geopendOp: nu.toISOString(),
          eerdereDossiers: dossier.eerdereDossiers,
        },
    meldingOntvangen: {
      meldingId: o.meldingId,
      dossierId: dossier.id,
      regio,
      ontvangenOp: o.ontvangenOp.toISOString(),
      spoed: m.spoed,
      status: o.status,
      melderType: m.melder.type,
      anonimiteit: m.anonimiteit,
      lopendDossier: dossier.lopend,
      ...o.deadlines,
      // Assessment shows them on the worklist (radar, re-report; VT-1.3-c, VT-B1-b).
      eerdereDossiers: dossier.eerdereDossiers,
    },
  };
}
