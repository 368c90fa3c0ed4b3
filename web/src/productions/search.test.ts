import { describe, expect, it } from 'vitest';
import { matches } from './search';

describe('production search', () => {
  it('finds a title whatever the accents and the case', () => {
    expect(matches('nuit du phare', 'La Nuit du Phare')).toBe(true);
    expect(matches('ELEVE', 'L’Élève')).toBe(true);
  });
  it('finds by original title too, and everything for an empty query', () => {
    expect(matches('lighthouse', 'La Nuit du Phare', 'The Lighthouse Night')).toBe(true);
    expect(matches('  ', 'anything')).toBe(true);
    expect(matches('requin', 'La Nuit du Phare', null)).toBe(false);
  });
});
