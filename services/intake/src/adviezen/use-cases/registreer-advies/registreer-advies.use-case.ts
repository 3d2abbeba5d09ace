import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Gebruiker } from '@vt/auth';
import { OngeldigeInvoer } from '@vt/contracts';
import { Clock, type IdempotentieClaim } from '@vt/platform';
import { uuidVoor } from '../../../meldingen/domain/stabiel-id';
import { bewaarTot, dossiernummer, laatsteContact, toetsAdvies } from '../../domain/advies-regels';
import type { Advies, Adviesdossier } from '../../persistence/advies.entity';
import { AdviesRepository, type NaContact } from '../../persistence/advies.repository';
import { AdviesKluisClient } from '../../privacy/advies-kluis.client';
import type { AdviesGeregistreerd, RegistreerAdviesCommand } from './registreer-advies.command';

export interface AdviesContext {
  gebruiker: Pick<Gebruiker, 'sub' | 'regio'>;
  /** The request's Idempotency-Key claim, when it carried one. */
  claim?: IdempotentieClaim;
}

/** The file's last contact and retention once a contact at `nu` is on it (VT-15.3.4.1-a). */
export const contactOp =
  (nu: Date): NaContact =>
  (vorige) => {
    const laatsteContactOp = laatsteContact(vorige, nu);
    return { laatsteContactOp, bewaarTot: bewaarTot(laatsteContactOp) };
  };

/**
 * Registers an advice or support contact (§4, §5): checks the rules, hands the summary and (with
 * consent) the seeker to the vault, opens an advice file or joins the one whose number the seeker
 * quotes, and announces it. Nothing about the family is asked or kept (VT-5.5-a); the region is the
 * worker's own Veilig Thuis, since an advice has no household to route by.
 */
@Injectable()
export class RegistreerAdvies {
  constructor(
    private readonly adviezen: AdviesRepository,
    private readonly kluis: AdviesKluisClient,
    private readonly clock: Clock,
  ) {}

  async execute(command: RegistreerAdviesCommand, ctx: AdviesContext): Promise<AdviesGeregistreerd> {
    toetsAdvies(command);
    const nu = this.clock.now();
    const { regio } = ctx.gebruiker;
    // A retry of a request that died (same Idempotency-Key, same body) gets the same ids.
    const adviesId = ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'advies') : randomUUID();
    const eerder = await this.adviezen.advies(adviesId);
    if (eerder) return antwoord(eerder.advies, eerder.dossier);

    const vervolg = command.dossiernummer
      ? await this.adviezen.dossierMetNummer(command.dossiernummer, regio)
      : undefined;
    if (command.dossiernummer && !vervolg) {
      throw new OngeldigeInvoer([
        { field: 'dossiernummer', message: 'geen adviesdossier met dit nummer in deze regio' },
      ]);
    }
    const adviesdossierId = vervolg?.dossier.id ?? uuidVoor(adviesId, 'adviesdossier');
    const kluis = await this.kluis.registreer({
      verzoekId: uuidVoor(adviesId, 'kluis'),
      regio,
      adviesdossierId,
      adviesvrager: command.adviesvrager,
      teksten: [{ sleutel: 'samenvatting', soort: 'advies.samenvatting', tekst: command.samenvatting }],
    });
    const advies: Advies = {
      id: adviesId,
      adviesdossierId,
      regio,
      kanaal: command.kanaal,
      adviesvragerType: command.adviesvragerType,
      contactOp: nu,
      vervolgOp: vervolg?.laatsteAdviesId ?? null,
      eersteContact: command.eersteContact ?? {},
      meldcode: command.meldcode ?? null,
      toestemmingRegistratie: command.toestemmingRegistratie,
      toestemmingToegelicht: command.toestemmingToegelicht ?? null,
      toestemmingIngetrokkenOp: null,
      adviesvragerRef: kluis.adviesvragerRef ?? null,
      aantekeningRefs: kluis.aantekeningRefs,
      meldingId: null,
      ambtshalve: null,
      geregistreerdDoor: ctx.gebruiker.sub,
    };
    const nieuwDossier: Adviesdossier | undefined = vervolg
      ? undefined
      : {
          id: adviesdossierId,
          dossiernummer: dossiernummer(adviesdossierId, regio),
          regio,
          geopendOp: nu,
          laatsteContactOp: nu,
          bewaarTot: bewaarTot(nu),
        };
    const dossier = await this.adviezen.registreer({
      nieuwDossier,
      advies,
      naContact: contactOp(nu),
      event: (d) => ({
        adviesId,
        adviesdossierId,
        regio,
        kanaal: advies.kanaal,
        adviesvragerType: advies.adviesvragerType,
        geregistreerdOp: nu.toISOString(),
        bewaarTot: d.bewaarTot,
        ...(advies.vervolgOp ? { vervolgOp: advies.vervolgOp } : {}),
        adviesvragerGeregistreerd: advies.adviesvragerRef !== null,
      }),
    });
    return antwoord(advies, dossier);
  }
}

function antwoord(a: Advies, d: Adviesdossier): AdviesGeregistreerd {
  return {
    id: a.id,
    dossiernummer: d.dossiernummer,
    bewaarTot: d.bewaarTot,
    adviesdossierId: d.id,
    ...(a.vervolgOp ? { vervolgOp: a.vervolgOp } : {}),
  };
}
