// Decimal strings ("1234.56", "-0.5") added, subtracted and compared exactly, on bigint: money never passes through a
// float. Only the chart's bar heights (pixels) are made numbers, at the last moment, by the component.

/** A decimal string -> [units scaled by 10^scale, scale]. */
function parse(value: string): [bigint, number] {
  const text = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`not a decimal: ${value}`);
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const units = BigInt(whole + fraction);
  return [negative ? -units : units, fraction.length];
}

function scaled(units: bigint, from: number, to: number): bigint {
  return units * 10n ** BigInt(to - from);
}

function format(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return negative ? `-${text}` : text;
}

function align(a: string, b: string): [bigint, bigint, number] {
  const [ua, sa] = parse(a);
  const [ub, sb] = parse(b);
  const scale = Math.max(sa, sb);
  return [scaled(ua, sa, scale), scaled(ub, sb, scale), scale];
}

export function add(a: string, b: string): string {
  const [x, y, scale] = align(a, b);
  return format(x + y, scale);
}

export function subtract(a: string, b: string): string {
  const [x, y, scale] = align(a, b);
  return format(x - y, scale);
}

export function sum(values: readonly string[], zero = '0.00'): string {
  return values.reduce(add, zero);
}

/** -1, 0 or 1, as a - b. */
export function compare(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: string): boolean {
  return compare(a, '0') === 0;
}

export function isNegative(a: string): boolean {
  return compare(a, '0') < 0;
}

export function negate(a: string): string {
  const [x, scale] = parse(a);
  return format(-x, scale);
}

export function abs(a: string): string {
  return isNegative(a) ? negate(a) : a;
}

/** part / whole as a fraction string of `digits` decimals, rounded half up ("0.3333"); null when whole is zero. */
export function ratio(part: string, whole: string, digits = 4): string | null {
  const [p, w] = align(part, whole);
  if (w === 0n) return null;
  const negative = (p < 0n) !== (w < 0n) && p !== 0n;
  const num = (p < 0n ? -p : p) * 10n ** BigInt(digits) * 2n;
  const den = w < 0n ? -w : w;
  const q = (num / den + 1n) / 2n;
  return format(negative ? -q : q, digits);
}

/** a × b, exact (the scales add up). */
export function multiply(a: string, b: string): string {
  const [x, sa] = parse(a);
  const [y, sb] = parse(b);
  return format(x * y, sa + sb);
}

/** Rounded half away from zero to `digits` decimals (money: 2). */
export function round(a: string, digits = 2): string {
  const [x, scale] = parse(a);
  if (scale <= digits) return format(scaled(x, scale, digits), digits);
  const divisor = 10n ** BigInt(scale - digits);
  const magnitude = x < 0n ? -x : x;
  const q = (magnitude * 2n / divisor + 1n) / 2n;
  return format(x < 0n ? -q : q, digits);
}
