import { describe, expect, it } from 'vitest';
import { byWeek } from './Distribution';

describe('festival deadlines calendar', () => {
  it('groups deadlines by the Monday of their week, in date order', () => {
    // 2027-01-10 is a Sunday (week of Monday 4 January); 2027-01-11 a Monday; 2027-01-05 a Tuesday.
    const weeks = byWeek([
      { festival: 'Berlinale', deadline: new Date('2027-01-10') },
      { festival: 'Clermont', deadline: new Date('2027-01-11') },
      { festival: 'Rotterdam', deadline: new Date('2027-01-05') },
    ] as unknown as Parameters<typeof byWeek>[0]);
    expect(weeks.map(([monday, list]) => [monday, list.map((d) => d.festival)])).toEqual([
      ['2027-01-04', ['Rotterdam', 'Berlinale']],
      ['2027-01-11', ['Clermont']],
    ]);
  });
});
