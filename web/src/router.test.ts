import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './router';

describe('routes', () => {
  it('opens the list by default', () => {
    expect(parseRoute('')).toEqual({ name: 'productions' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'productions' });
  });
  it('opens a production area and writes it back the same way', () => {
    const r = parseRoute('#/productions/0b5c/budget');
    expect(r).toEqual({ name: 'budget', id: '0b5c' });
    expect(href(r)).toBe('#/productions/0b5c/budget');
  });
  it('falls back to the dashboard for an unknown area', () => {
    expect(parseRoute('#/productions/0b5c/unknown')).toEqual({ name: 'dashboard', id: '0b5c' });
    expect(parseRoute('#/productions/new')).toEqual({ name: 'newProduction' });
  });
});
