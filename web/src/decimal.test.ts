import { describe, expect, it } from 'vitest';
import { abs, add, compare, isZero, multiply, negate, ratio, round, subtract, sum } from './decimal';

describe('decimal strings', () => {
  it('adds without the float error of 0.1 + 0.2', () => {
    expect(add('0.1', '0.2')).toBe('0.3');
    expect(sum(['250000.00', '650000.00', '280000.00'])).toBe('1180000.00');
  });
  it('subtracts across scales and signs', () => {
    expect(subtract('3450000.00', '3612345.5')).toBe('-162345.50');
    expect(subtract('0.05', '0.10')).toBe('-0.05');
    expect(negate('-12.30')).toBe('12.30');
    expect(abs('-0.01')).toBe('0.01');
  });
  it('compares exactly', () => {
    expect(compare('0.5001', '0.5')).toBe(1);
    expect(compare('-1', '0.00')).toBe(-1);
    expect(isZero('-0.00')).toBe(true);
  });
  it('divides into a rounded fraction, nothing for a zero whole', () => {
    expect(ratio('1', '3')).toBe('0.3333');
    expect(ratio('2', '3')).toBe('0.6667');
    expect(ratio('890000.00', '3450000.00')).toBe('0.2580');
    expect(ratio('-1', '4', 2)).toBe('-0.25');
    expect(ratio('5', '0')).toBeNull();
  });
  it('multiplies exactly and rounds money half away from zero', () => {
    expect(multiply('3450000.00', '0.50')).toBe('1725000.0000');
    expect(round(multiply('1234.56', '0.333'))).toBe('411.11'); // 411.10848
    expect(round('2.345')).toBe('2.35');
    expect(round('-2.345')).toBe('-2.35');
    expect(round('7', 2)).toBe('7.00');
  });
  it('refuses what is not a decimal', () => {
    expect(() => add('1e3', '1')).toThrow();
  });
});
