// The one place where money, dates and decimals are turned into text and back (STYLE.md, "The web back-office").
import { currentLang } from './i18n';

export interface MoneyLike {
  amount?: string;
  currency?: string;
}

const localeOf = (lang: string) => (lang === 'en' ? 'en-GB' : 'fr-FR');

/** "1234.56" EUR -> "1 234,56 €" in French, "€1,234.56" in English. Decimal strings only, never floats in state. */
export function money(m: MoneyLike | null | undefined, lang = currentLang()): string {
  if (!m || m.amount == null) return '—';
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: m.currency ?? 'EUR' })
    .format(Number(m.amount));
}

/** A Date of the generated clients (a LocalDate read as UTC midnight) -> "dd/mm/yyyy". */
export function date(d: Date | string | null | undefined, lang = currentLang()): string {
  if (d == null) return '—';
  const value = typeof d === 'string' ? new Date(d) : d;
  if (Number.isNaN(value.getTime())) return '—';
  return new Intl.DateTimeFormat(localeOf(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    .format(value);
}

/** "0.25" -> "25 %" (fr) / "25%" (en): rates travel as decimal-string fractions. */
export function rate(fraction: string | null | undefined, lang = currentLang()): string {
  if (fraction == null) return '—';
  return new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 2 }).format(Number(fraction));
}

/** A decimal typed by a person ("1 234,5", "1234.50") -> the API's decimal string ("1234.5"), or null if it is not one. */
export function parseDecimal(typed: string): string | null {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(compact) ? compact : null;
}

/** A wall-clock day as the generated clients send it: Date.UTC keeps toISOString() on the same calendar day. */
export function localDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A Europe/Paris wall-clock time ("2027-03-03", "08:00") -> "2027-03-03T08:00:00", the local date-time without offset
 * that crew-service's documents describe (a Date would carry an offset the service does not have).
 */
export function localDateTime(day: string, time: string): string {
  const [h, min] = time.split(':');
  return `${day}T${h.padStart(2, '0')}:${min.padStart(2, '0')}:00`;
}

/** Date -> "yyyy-mm-dd" of its UTC day (the generated clients' LocalDate convention). */
export function isoDay(d: Date): string {
  return d.toISOString().substring(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = localDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/** A decimal string quantity that is not money ("12.345" tonnes) -> "12,35" / "12.35". */
export function quantity(value: string | null | undefined, digits = 2, lang = currentLang()): string {
  if (value == null) return '—';
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(Number(value));
}

/** A count of people or things (admissions) -> "48 210" / "48,210". */
export function count(value: number | null | undefined, lang = currentLang()): string {
  return value == null ? '—' : new Intl.NumberFormat(localeOf(lang)).format(value);
}
