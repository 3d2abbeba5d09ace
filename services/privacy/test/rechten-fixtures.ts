import { randomUUID } from 'node:crypto';
import type { NatsConnection } from 'nats';
import { type EventDefinition, personenRegistrerenV1 } from '@vt/contracts';
import { Outbox, RpcClient } from '@vt/messaging';
import { readStream, type ServiceTestApp, testBsn } from '@vt/testing';

/** A household in the vault: a parent with gezag, children of 11, 14 and 17 on the request date, an anonymous reporter. */
export interface Gezin {
  dossierId: string;
  ouder: string;
  kind11: string;
  kind14: string;
  kind17: string;
  melder: string;
  /** Markers of its values, to look for in exports, dumps and streams. */
  namen: {
    ouder: string;
    kind14: string;
    kind17: string;
    melder: string;
    tekstNti: string;
    tekstOuder: string;
  };
  bsnKind17: string;
}

/** The request date every spec uses: the ages above hold on it. */
export const ONTVANGEN_OP = '2026-11-30T10:00:00+01:00';

export async function registreerGezin(
  nc: NatsConnection,
  app: ServiceTestApp,
  regio = 'VR09',
): Promise<Gezin> {
  const rpc = new RpcClient(nc, { subjectPrefix: app.env.VT_SUBJECT_PREFIX });
  const u = randomUUID().slice(0, 8);
  const namen = {
    ouder: `KANARIEouder${u}`,
    kind14: `KANARIEkindveertien${u}`,
    kind17: `KANARIEkindzeventien${u}`,
    melder: `KANARIEmelder${u}`,
    tekstNti: `KANARIEnti${u}`,
    tekstOuder: `KANARIEovervader${u}`,
  };
  const bsnKind17 = testBsn();
  const dossierId = randomUUID();
  const reply = await rpc.request(personenRegistrerenV1, {
    verzoekId: randomUUID(),
    regio,
    personen: [
      {
        sleutel: 'ouder',
        rol: 'ouder',
        voornaam: 'Ria',
        achternaam: namen.ouder,
        geboortedatum: '1980-03-04',
        gezag: true,
      },
      {
        sleutel: 'kind11',
        rol: 'kind',
        voornaam: 'Bo',
        achternaam: namen.ouder,
        geboortedatum: '2015-06-01',
      },
      {
        sleutel: 'kind14',
        rol: 'kind',
        voornaam: 'Tim',
        achternaam: namen.kind14,
        geboortedatum: '2012-06-01',
      },
      {
        sleutel: 'kind17',
        rol: 'kind',
        voornaam: 'Lot',
        achternaam: namen.kind17,
        geboortedatum: '2009-06-01',
        bsn: bsnKind17,
      },
      { sleutel: 'melder', rol: 'melder', naam: namen.melder, telefoon: '0612345678', nietTerInzage: true },
    ],
    nieuwDossier: {
      dossierId,
      aantekeningen: [
        {
          sleutel: 'zorgen',
          soort: 'melding.zorgen.omschrijving',
          tekst: `zorgen om het gezin ${namen.kind14} ${namen.kind17}`,
          betreftSleutels: ['ouder', 'kind11', 'kind14', 'kind17'],
        },
        {
          sleutel: 'bron',
          soort: 'melding.melder',
          tekst: `de melder ${namen.tekstNti} is de buurvrouw van ${namen.kind14}`,
          betreftSleutels: ['kind14', 'melder'],
          nietTerInzage: true,
        },
        {
          sleutel: 'vader',
          soort: 'gespreksverslag',
          tekst: `gesprek ${namen.tekstOuder}`,
          betreftSleutels: ['ouder'],
        },
      ],
    },
  });
  const [ouder, kind11, kind14, kind17, melder] = reply.personen.map((p) => p.persoonRef);
  return { dossierId, ouder, kind11, kind14, kind17, melder, namen, bsnKind17 };
}

/** Publishes an event of another service on the test stream, as that service's relay would. */
export async function publiceer<T>(
  nc: NatsConnection,
  app: ServiceTestApp,
  def: EventDefinition<T>,
  data: T & { regio: string },
) {
  const outbox = new Outbox({ service: def.service, subjectPrefix: app.env.VT_SUBJECT_PREFIX });
  const bericht = outbox.bericht(def, { regio: data.regio, data });
  await nc.jetstream().publish(bericht.subject, bericht.payload, { msgID: bericht.id });
}

/** The CloudEvents on the test stream of one event type. */
export async function eventsVan(
  app: ServiceTestApp,
  type: string,
): Promise<{ data: Record<string, unknown> }[]> {
  return (await readStream(app.env.VT_STREAM))
    .map((m) => JSON.parse(m.data) as { type: string; data: Record<string, unknown> })
    .filter((e) => e.type === type);
}
