import { given } from '@vt/testing';
import type { GekozenDossier } from './dossierkeuze';
import { meldingRijen, type Ontvangst } from './melding-rijen';

const NU = new Date('2026-03-02T10:00:00Z');
const ontvangst: Ontvangst = {
  melding: given.melding({ spoed: true, zorgen: { schaalvraag: 3 } }),
  meldingId: 'm1',
  regio: 'VR09',
  geregistreerdDoor: 'medewerker-1',
  nu: NU,
  ontvangenOp: new Date('2026-03-02T09:00:00Z'),
  status: 'in-behandeling',
  deadlines: { veiligheidsbeoordelingUiterlijk: '2026-03-09', zichtOpVeiligheidUiterlijk: '2026-03-02' },
  melderRef: 'melder-ref',
  koppelingen: [
    { persoonRef: 'p1', rol: 'kind' },
    { persoonRef: 'p2', rol: 'ouder' },
    { persoonRef: 'p1', rol: 'pleegkind' },
  ],
};

describe("a report's rows and events (§6, VT-6.6-a)", () => {
  it.each<[string, GekozenDossier, boolean]>([
    [
      'a new file gets its row and dossier-geopend',
      { id: 'd1', lopend: false, eerdereDossiers: ['d0'] },
      true,
    ],
    [
      'a running file joined keeps its row and announces nothing new',
      { id: 'd1', lopend: true, eerdereDossiers: [] },
      false,
    ],
  ])('%s', (_naam, dossier, nieuw) => {
    const r = meldingRijen(ontvangst, dossier, {});
    expect(r.nieuwDossier !== undefined).toBe(nieuw);
    expect(r.dossierGeopend !== undefined).toBe(nieuw);
    expect(r.meldingOntvangen.lopendDossier).toBe(!nieuw);
    expect(r.melding.dossierId).toBe('d1');
  });

  it('a new file is running, in the assessment phase, opened now and listing the earlier files', () => {
    const r = meldingRijen(ontvangst, { id: 'd1', lopend: false, eerdereDossiers: ['d0'] }, {});
    expect(r.nieuwDossier).toEqual({
      id: 'd1',
      regio: 'VR09',
      status: 'lopend',
      fase: 'veiligheidsbeoordeling',
      geopendOp: NU,
      eerdereDossiers: ['d0'],
    });
    expect(r.dossierGeopend).toEqual({
      dossierId: 'd1',
      regio: 'VR09',
      geopendOp: NU.toISOString(),
      eerdereDossiers: ['d0'],
    });
    expect(r.meldingOntvangen.eerdereDossiers).toEqual(['d0']);
  });

  it("a person named twice is on the file once, with this report's last role", () => {
    const r = meldingRijen(ontvangst, { id: 'd1', lopend: true, eerdereDossiers: [] }, {});
    expect(r.dossierPersonen).toEqual([
      { dossierId: 'd1', persoonRef: 'p1', rol: 'pleegkind' },
      { dossierId: 'd1', persoonRef: 'p2', rol: 'ouder' },
    ]);
  });

  it('the report row and melding-ontvangen carry the deadlines answered, and absent values as null', () => {
    const r = meldingRijen(
      ontvangst,
      { id: 'd1', lopend: true, eerdereDossiers: [] },
      { 'zorgen.omschrijving': 'a1' },
    );
    expect(r.melding).toMatchObject({
      id: 'm1',
      gemeentecode: 'GM0344',
      melderRef: 'melder-ref',
      anonimiteitsgrond: null,
      toestemmingIdentiteitDelen: null,
      strafrechtelijkOnderzoek: null,
      meldcodePlichtig: true,
      aantekeningRefs: { 'zorgen.omschrijving': 'a1' },
      veiligheidsbeoordelingUiterlijk: '2026-03-09',
      zichtOpVeiligheidUiterlijk: '2026-03-02',
      geregistreerdDoor: 'medewerker-1',
      geregistreerdOp: NU,
    });
    expect(r.meldingOntvangen).toEqual({
      meldingId: 'm1',
      dossierId: 'd1',
      regio: 'VR09',
      ontvangenOp: '2026-03-02T09:00:00.000Z',
      spoed: true,
      status: 'in-behandeling',
      melderType: 'professional',
      anonimiteit: 'geen',
      lopendDossier: true,
      veiligheidsbeoordelingUiterlijk: '2026-03-09',
      zichtOpVeiligheidUiterlijk: '2026-03-02',
      eerdereDossiers: [],
    });
  });
});
