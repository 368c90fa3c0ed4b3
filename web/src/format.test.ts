import { describe, expect, it } from 'vitest';
import { addDays, date, localDateTime, money, parseDecimal, rate } from './format';

// Intl writes French thousands with a narrow no-break space and the euro sign after a no-break space.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('writes money the French way by default', () => {
    expect(plain(money({ amount: '1234.56', currency: 'EUR' }, 'fr'))).toBe('1 234,56 €');
    expect(plain(money({ amount: '3450000.00', currency: 'EUR' }, 'fr'))).toBe('3 450 000,00 €');
  });
  it('writes money the English way after the switch', () => {
    expect(money({ amount: '1234.56', currency: 'EUR' }, 'en')).toBe('€1,234.56');
  });
  it('shows a dash for a missing amount rather than 0', () => {
    expect(money(null, 'fr')).toBe('—');
  });
  it('writes dates as dd/mm/yyyy without shifting the day', () => {
    expect(date(new Date('2027-03-01'), 'fr')).toBe('01/03/2027');
    expect(date('2027-12-31', 'en')).toBe('31/12/2027');
  });
  it('writes a fraction as a percentage', () => {
    expect(plain(rate('0.25', 'fr'))).toBe('25 %');
    expect(rate('0.015', 'en')).toBe('1.5%');
  });
  it('reads decimals as people type them', () => {
    expect(parseDecimal('1 234,56')).toBe('1234.56');
    expect(parseDecimal('1234.5')).toBe('1234.5');
    expect(parseDecimal('12 h')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });
  it('keeps wall-clock times as typed in what the client sends', () => {
    expect(localDateTime('2027-03-10', '08:00')).toBe('2027-03-10T08:00:00');
    expect(localDateTime('2027-03-10', '7:5')).toBe('2027-03-10T07:05:00');
    expect(addDays('2027-03-10', 6)).toBe('2027-03-16');
  });
});
