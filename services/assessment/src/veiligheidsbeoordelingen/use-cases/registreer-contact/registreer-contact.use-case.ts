import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, uuidVoor } from '@vt/platform';
import { toetsDossierLopend } from '../../domain/besluit-regels';
import { toetsContact } from '../../domain/contact-regels';
import {
  BesluitvormingRepository,
  type BesluitvormingRepositoryPort,
} from '../../persistence/besluitvorming.repository';
import { Contact } from '../../persistence/contact-en-overdracht.entities';
import { KluisClient, teksten } from '../../privacy/kluis.client';
import { beoordelingInRegio, type StapContext } from '../stap-context';
import type { ContactGeregistreerd, RegistreerContactCommand } from './registreer-contact.command';

/**
 * Records a contact with the people involved, within the assessment or directly after it (§8.1, §8.2):
 * who took part, what each was told (VT-2.1.1-a), who was heard (VT-2.1.2-a), and the children's rules.
 */
@Injectable()
export class RegistreerContact {
  constructor(
    @Inject(BesluitvormingRepository) private readonly repository: BesluitvormingRepositoryPort,
    private readonly kluis: KluisClient,
    private readonly clock: Clock,
  ) {}

  async execute(c: RegistreerContactCommand, ctx: StapContext): Promise<ContactGeregistreerd> {
    const stand = await beoordelingInRegio(this.repository, c.veiligheidsbeoordelingId, ctx);
    toetsDossierLopend(stand.dossierAfgesloten);
    toetsContact(c);
    const id = ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'contact') : randomUUID();
    const betreft = [...new Set(c.deelnemers.map((d) => d.persoonRef))];
    const refs = await this.kluis.legVast({
      verzoekId: uuidVoor(id, 'aantekeningen'),
      regio: stand.beoordeling.regio,
      dossierId: stand.beoordeling.dossierId,
      teksten: teksten(
        { sleutel: 'verslag', soort: 'veiligheidsbeoordeling.contact.verslag', tekst: c.verslag, betreft },
        {
          sleutel: 'reden',
          soort: 'veiligheidsbeoordeling.contact.ouders-niet-vooraf',
          tekst: c.redenOudersNietVooraf,
          betreft,
        },
        ...c.deelnemers.map((d, i) => ({
          sleutel: `toelichting.${i}`,
          soort: 'veiligheidsbeoordeling.contact.toelichting-kind',
          tekst: d.toelichting,
          betreft: [d.persoonRef],
        })),
      ),
    });
    const rij: Contact = {
      id,
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      datum: c.datum,
      vorm: c.vorm,
      naBesluit: stand.beoordeling.status === 'besloten',
      deelnemers: c.deelnemers.map(({ toelichting: _t, ...d }, i) => ({
        ...d,
        geinformeerdOver: [...new Set(d.geinformeerdOver)],
        ...(refs[`toelichting.${i}`] ? { toelichtingRef: refs[`toelichting.${i}`] } : {}),
      })),
      besproken: [...new Set(c.besproken)],
      oudersVoorafGeinformeerd: c.oudersVoorafGeinformeerd ?? null,
      redenOudersNietVoorafRef: refs.reden ?? null,
      verslagRef: refs.verslag ?? null,
      vastgelegdDoor: ctx.gebruiker.sub,
      vastgelegdOp: this.clock.now(),
    };
    await this.repository.transactie(async (tx) => {
      toetsDossierLopend((await tx.vergrendel(c.veiligheidsbeoordelingId))?.dossierAfgesloten ?? false);
      tx.voegToe(Contact, rij);
    });
    return {
      id,
      veiligheidsbeoordelingId: c.veiligheidsbeoordelingId,
      naBesluit: rij.naBesluit,
      ...(rij.verslagRef ? { verslagRef: rij.verslagRef } : {}),
    };
  }
}
