/** Read one person's personal data, for a purpose, as an employee of a region. */
export interface LeesPersoonCommand {
  persoonRef: string;
  /** The purpose (`X-Doelbinding`), written to the access log. */
  doelbinding: string;
  door: { sub: string; regio: string };
}
