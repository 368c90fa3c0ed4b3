// People as the crew screen lists them: the personal data exactly as crew-service sends it (masked, or left out, for
// the roles that may not read it), never unmasked in the browser.
import type { Person } from '../api/generated/crew-service';

export interface PersonRow {
  id: string;
  employeeNumber: string;
  name: string;
  kind: string;
  nir: string;
  iban: string;
  masked: boolean;
}

/** "LE BIHAN Gwenaël": the family name first, as a payslip and the DPAE write it. */
export function personRow(p: Person): PersonRow {
  return {
    id: p.id,
    employeeNumber: p.employeeNumber,
    name: `${p.lastName.toLocaleUpperCase('fr-FR')} ${p.firstNames}`,
    kind: p.kind,
    nir: p.nir ?? '—',
    iban: p.iban ?? '—',
    masked: p.masked,
  };
}
