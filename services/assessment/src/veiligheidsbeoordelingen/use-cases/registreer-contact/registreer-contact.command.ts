import type { ContactVoorstel, Deelnemer } from '../../domain/contact-regels';

/** A contact with the people involved (§8.1, §2.1). */
export interface RegistreerContactCommand extends ContactVoorstel {
  veiligheidsbeoordelingId: string;
  datum: string;
  vorm: 'telefonisch' | 'persoonlijk';
  deelnemers: (Deelnemer & {
    persoonRef: string;
    rol: string;
    geinformeerdOver: string[];
    gehoord: string;
  })[];
  besproken: string[];
  verslag?: string;
}

export interface ContactGeregistreerd {
  id: string;
  veiligheidsbeoordelingId: string;
  naBesluit: boolean;
  verslagRef?: string;
}
