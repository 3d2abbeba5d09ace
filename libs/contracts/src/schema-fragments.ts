// Reusable schema fragments. Events use identifiers, codes, dates and booleans only (contract §4); texts
// and the rest are for the vault's request/reply contracts, which never reach a stream.
export const uuid = { type: 'string', format: 'uuid' } as const;
export const regio = { type: 'string', pattern: '^VR(0[1-9]|1[0-9]|2[0-5])$' } as const;
export const instant = { type: 'string', format: 'date-time' } as const;
export const datum = { type: 'string', format: 'date' } as const;
export const code = <T extends string>(values: readonly T[]) => ({
  type: 'string' as const,
  enum: [...values],
});
export const boolean = { type: 'boolean' } as const;

/** Free text as the vault stores it: trimmed and not empty (callers trim; JSON Schema cannot). */
export const tekst = (maxLength: number) =>
  ({ type: 'string', minLength: 1, maxLength, pattern: '^\\S(?:[\\s\\S]*\\S)?$' }) as const;

/** An optional member: ajv's schema type marks it `nullable`; the wire schema drops that again. */
export const optional = <S extends object>(schema: S) => ({ ...schema, nullable: true as const });
