import { describe, expect, it } from 'vitest';
import type { Person } from '../api/generated/crew-service';
import { personRow } from './people';

const person = (over: Partial<Person>) => ({ id: 'x', employeeNumber: 'M0001', lastName: 'Le Bihan', firstNames: 'Gwenaël',
  kind: 'TECHNICIAN', masked: false, nir: '185032923212345', iban: 'FR7630006000011234567890189', ...over }) as Person;

describe('people', () => {
  it('writes the family name first, in capitals, as a payslip does', () => {
    expect(personRow(person({})).name).toBe('LE BIHAN Gwenaël');
  });
  it('shows personal data exactly as the service sends it, masked or left out', () => {
    const masked = personRow(person({ masked: true, nir: '1 85 03 ** *** *** **', iban: null }));
    expect(masked.nir).toBe('1 85 03 ** *** *** **');
    expect(masked.iban).toBe('—');
    expect(masked.masked).toBe(true);
  });
});
