import { z } from 'zod';

// The vault checks every RPC body itself: a caller's bug must not store half a person.
const tekst = (max: number) => z.string().trim().min(1).max(max);
const soort = z.string().regex(/^[a-z][a-zA-Z0-9.-]{0,99}$/);

export const personenRegistrerenSchema = z.object({
  verzoekId: z.string().uuid(),
  regio: z.string().regex(/^VR(0[1-9]|1[0-9]|2[0-5])$/),
  personen: z
    .array(
      z
        .object({
          sleutel: tekst(100),
          rol: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
          naam: tekst(200).optional(),
          voornaam: tekst(200).optional(),
          achternaam: tekst(200).optional(),
          geboortedatum: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional(),
          bsn: z
            .string()
            .regex(/^\d{9}$/)
            .optional(),
          gezag: z.union([z.boolean(), tekst(200)]).optional(),
          adres: tekst(500).optional(),
          telefoon: tekst(50).optional(),
          email: tekst(320).optional(),
          instelling: tekst(300).optional(),
          nietTerInzage: z.boolean().optional(),
        })
        .strict(),
    )
    .min(1)
    .max(50),
  nieuwDossier: z
    .object({
      dossierId: z.string().uuid(),
      aantekeningen: z
        .array(
          z
            .object({
              sleutel: tekst(100),
              soort: soort,
              tekst: tekst(100_000),
              betreftSleutels: z.array(tekst(100)).max(100),
              nietTerInzage: z.boolean().optional(),
            })
            .strict(),
        )
        .max(50),
    })
    .strict()
    .optional(),
});

export const aantekeningenVastleggenSchema = z.object({
  verzoekId: z.string().uuid(),
  regio: z.string().regex(/^VR(0[1-9]|1[0-9]|2[0-5])$/),
  dossierId: z.string().uuid(),
  personen: z
    .array(
      z.object({ persoonRef: z.string().uuid(), rol: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/) }).strict(),
    )
    .max(100),
  aantekeningen: z
    .array(
      z
        .object({
          sleutel: tekst(100),
          soort,
          tekst: tekst(100_000),
          betreft: z.array(z.string().uuid()).max(100),
          nietTerInzage: z.boolean().optional(),
        })
        .strict(),
    )
    .max(50),
});
