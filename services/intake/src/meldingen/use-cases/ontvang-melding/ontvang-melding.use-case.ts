import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Gebruiker } from '@vt/auth';
import type { HermeldingCategorie } from '@vt/contracts';
import { Clock, type IdempotentieClaim } from '@vt/platform';
import { Werkdagkalender } from '@vt/werkdagen';
import { type GekozenDossier, kiesDossier, nieuwDossier } from '../../domain/dossierkeuze';
import { teRegistrerenPersonen, tekstenVan } from '../../domain/kluisopdracht';
import { hermelding, kiesRegio, toetsMeldingscontext } from '../../domain/melding-context';
import { meldingRijen, type Ontvangst } from '../../domain/melding-rijen';
import { beginstatus, termijnen, toetsMelding } from '../../domain/melding-regels';
import { meldingSloten } from '../../domain/melding-sloten';
import { toetsOntvangst } from '../../domain/ontvangst';
import { uuidVoor } from '../../domain/stabiel-id';
import { MeldingRepository } from '../../persistence/melding.repository';
import { KluisClient } from '../../privacy/kluis.client';
import type { MeldingOntvangen, OntvangMeldingCommand } from './ontvang-melding.command';

export interface OntvangMeldingContext {
  gebruiker: Pick<Gebruiker, 'sub'>;
  /** The request's Idempotency-Key claim, when it carried one. */
  claim?: IdempotentieClaim;
  /** The report's id when the caller fixes it: an ex officio report has one per advice (VT-4.4-e). */
  meldingId?: string;
}

/**
 * Receives a report (§6): checks the rules, hands the people and the free text to the privacy vault,
 * joins a running file of the same household or opens a new one, and announces the report.
 */
@Injectable()
export class OntvangMelding {
  constructor(
    private readonly meldingen: MeldingRepository,
    private readonly kluis: KluisClient,
    private readonly kalender: Werkdagkalender,
    private readonly clock: Clock,
  ) {}

  async execute(command: OntvangMeldingCommand, ctx: OntvangMeldingContext): Promise<MeldingOntvangen> {
    const nu = this.clock.now();
    const woonplaats = toetsOntvangst(command, nu);
    const { ontvangenOp } = woonplaats;
    const regio = kiesRegio(woonplaats.regio, command.regioAfwijking);
    toetsMeldingscontext(command, ontvangenOp);
    toetsMelding(command);
    // Everything that can refuse the report runs before the vault is asked to keep anybody.
    const deadlines = termijnen(this.kalender, ontvangenOp, command.spoed);
    // A retry of a request that died (same Idempotency-Key, same body) gets the same ids, so the vault's
    // stored replies and intake's rows are those of the first attempt rather than a second set.
    const meldingId = ctx.meldingId ?? (ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'melding') : randomUUID());
    const status = beginstatus(command.anonimiteit);
    const personen = teRegistrerenPersonen(command);
    const teksten = tekstenVan(command);
    const antwoord = (dossier: GekozenDossier, categorie?: HermeldingCategorie | null): MeldingOntvangen => ({
      meldingId,
      dossierId: dossier.id,
      regio,
      ontvangenOp: ontvangenOp.toISOString(),
      status,
      ...deadlines,
      lopendDossier: dossier.lopend,
      eerdereDossiers: dossier.eerdereDossiers,
      ...(categorie ? { hermelding: categorie } : {}),
    });

    return this.meldingen.ontvang(async (tx) => {
      // Held from before the vault is asked until the file is committed: a report about people the vault
      // could match to these waits here, then finds them known and this report's file running (VT-6.6-a).
      await tx.vergrendelMelding(meldingSloten(command.huishouden.personen));
      // The vault links the people to a file and seals its texts in this same call when nobody turns out to
      // be known: then there is no running file to join (VT-6.6-a) and the file is certainly this new one.
      const nieuwDossierId = uuidVoor(meldingId, 'dossier');
      const registratie = await this.kluis.registreerPersonen({
        verzoekId: uuidVoor(meldingId, 'personen'),
        regio,
        personen,
        nieuwDossierId,
        teksten,
      });
      const rollen = new Map(personen.map((p) => [p.sleutel, p.rol]));
      const ontvangst: Ontvangst = {
        melding: command,
        meldingId,
        regio,
        geregistreerdDoor: ctx.gebruiker.sub,
        nu,
        ontvangenOp,
        status,
        deadlines,
        woonplaatsRegio: regio === woonplaats.regio ? undefined : woonplaats.regio,
        melderRef: registratie.melderRef,
        koppelingen: registratie.huishouden.map((p) => ({
          persoonRef: p.persoonRef,
          rol: rollen.get(p.sleutel) ?? 'overig',
        })),
      };

      let dossier: GekozenDossier;
      let aantekeningRefs: Record<string, string>;
      if (registratie.nieuwDossier) {
        dossier = nieuwDossier(registratie.nieuwDossier.dossierId);
        aantekeningRefs = registratie.nieuwDossier.aantekeningRefs;
      } else {
        // Per-person locks keep two reports about one household from opening two files at once.
        const bekend = registratie.huishouden.filter((p) => p.bekend).map((p) => p.persoonRef);
        await tx.vergrendelPersonen([...bekend].sort());
        const bestaande = await tx.dossiersVan(regio, bekend);
        dossier = kiesDossier(bestaande, nieuwDossierId);
        ontvangst.hermelding = hermelding(bestaande, dossier.lopend);
        const { melderRef, koppelingen } = ontvangst;
        aantekeningRefs = await this.kluis.legTekstenVast({
          verzoekId: uuidVoor(meldingId, 'aantekeningen'),
          regio,
          dossierId: dossier.id,
          personen: melderRef ? [...koppelingen, { persoonRef: melderRef, rol: 'melder' }] : koppelingen,
          betreft: registratie.huishouden.map((p) => p.persoonRef),
          teksten,
        });
      }
      const body = antwoord(dossier, ontvangst.hermelding);
      // The answer to an Idempotency-Key commits with the report: 201 is the status of this endpoint.
      await tx.bewaar(
        meldingRijen(ontvangst, dossier, aantekeningRefs),
        ctx.claim && { claim: ctx.claim, status: 201, body },
      );
      return body;
    });
  }
}
