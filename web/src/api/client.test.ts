import { describe, expect, it } from 'vitest';
import { localDate } from '../format';
import { queryString } from './client';

describe('query strings', () => {
  it('sends a day as the day, not as an instant at midnight UTC', () => {
    expect(queryString({ plannedRelease: localDate('2027-10-06'), media: ['THEATRICAL', 'SVOD'], territory: ['FR'] }))
      .toBe('plannedRelease=2027-10-06&media=THEATRICAL&media=SVOD&territory=FR');
  });
  it('keeps an instant that is not at midnight UTC as an instant', () => {
    expect(queryString({ from: new Date(Date.UTC(2027, 2, 10, 8, 30)) })).toBe('from=2027-03-10T08%3A30%3A00.000Z');
  });
});
