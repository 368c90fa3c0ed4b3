import { describe, expect, it } from 'vitest';
import type { ChainOfTitle } from '../api/generated/rights-service';
import { gapCounts, workRows } from './chain';

const gap = (kind: string, workId: string, detail: string) => ({ kind, workId, workTitle: workId, contractId: null, detail });

const chain = {
  productionId: 'p', productionTitle: 'La Nuit du Phare', plannedRelease: new Date('2027-10-06'), neededMedia: [],
  neededTerritories: ['FR'], complete: false,
  works: [
    { work: { id: 'novel', kind: 'NOVEL', title: 'Le Phare' }, contracts: [{ holderName: 'Yann Quéméner', kind: 'ASSIGNMENT', status: 'SIGNED' }],
      gaps: [gap('TERM_EXPIRES_BEFORE_RELEASE', 'novel', 'ends 2027-01-01'), gap('RIGHT_NOT_GRANTED', 'novel', 'SVOD in FR')] },
    { work: { id: 'cue', kind: 'PRE_EXISTING_MUSIC', title: 'Night Drive' }, contracts: [], gaps: [gap('NO_CONTRACT', 'cue', 'no contract')] },
  ],
  gaps: [gap('TERM_EXPIRES_BEFORE_RELEASE', 'novel', 'ends 2027-01-01'), gap('RIGHT_NOT_GRANTED', 'novel', 'SVOD in FR'),
    gap('NO_CONTRACT', 'cue', 'no contract')],
} as unknown as ChainOfTitle;

describe('chain of title', () => {
  it('lists each work with its contracts and its gaps worst first', () => {
    const rows = workRows(chain);
    expect(rows.map((r) => r.title)).toEqual(['Le Phare', 'Night Drive']);
    expect(rows[0].contracts).toEqual([{ holder: 'Yann Quéméner', kind: 'ASSIGNMENT', status: 'SIGNED' }]);
    expect(rows[0].gaps.map((g) => g.kind)).toEqual(['RIGHT_NOT_GRANTED', 'TERM_EXPIRES_BEFORE_RELEASE']);
    expect(rows[1].contracts).toEqual([]);
  });
  it('counts the gaps by kind, leaving out kinds without one', () => {
    expect(gapCounts(chain)).toEqual([{ kind: 'NO_CONTRACT', count: 1 }, { kind: 'RIGHT_NOT_GRANTED', count: 1 },
      { kind: 'TERM_EXPIRES_BEFORE_RELEASE', count: 1 }]);
    expect(gapCounts({ ...chain, gaps: [] })).toEqual([]);
  });
});
