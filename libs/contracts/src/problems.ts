/**
 * A protocol rule refused the request (contract §1 errors: 422 with the requirement ID as `type`).
 * Plain class so domain code can throw it without knowing about HTTP.
 */
export class RegelOvertreding extends Error {
  constructor(
    /** e.g. `VT-6.0-a` or `PD-15`. */
    readonly regel: string,
    /** Safe to show: no personal data, no free text of the request. */
    readonly detail: string,
    readonly errors: { field: string; message: string }[] = [],
  ) {
    super(`${regel}: ${detail}`);
    this.name = 'RegelOvertreding';
  }
}

/** Input that is not valid per field (400), found by domain code rather than by DTO validation. */
export class OngeldigeInvoer extends Error {
  constructor(readonly errors: { field: string; message: string }[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'OngeldigeInvoer';
  }
}

export const problemType = (regel: string) => `urn:vt:${regel}`;
