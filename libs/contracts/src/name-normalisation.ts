/**
 * Names compare without case, accents, spaces or punctuation ("van der Berg" = "Van Der-Berg"). Shared by
 * the vault (blind index on surname + birth date) and intake (which serialises reports the vault could
 * match to one person), so both see the same person behind the same name.
 */
export function normaliseName(naam: string): string {
  return naam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** The value behind the name + birth date blind index; undefined when either part is missing. */
export function nameBirthDateMatchValue(achternaam?: string, geboortedatum?: string): string | undefined {
  if (!achternaam || !geboortedatum) return undefined;
  const naam = normaliseName(achternaam);
  return naam ? `${naam}|${geboortedatum}` : undefined;
}
