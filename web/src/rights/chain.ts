// The chain of title as a rights manager reads it: each work with the contracts that give its rights, and the gaps
// (no contract, a right not granted, a term that ends before the release, a missing signature) worst first.
import type { ChainOfTitle, ChainOfTitleGap } from '../api/generated/rights-service';

const GAP_ORDER = ['NO_CONTRACT', 'MISSING_SIGNATURE', 'RIGHT_NOT_GRANTED', 'TERM_EXPIRES_BEFORE_RELEASE'];

export interface WorkRow {
  workId: string;
  title: string;
  kind: string;
  contracts: { holder: string; kind: string; status: string }[];
  gaps: ChainOfTitleGap[];
}

/** One row per work, in the order the service gives; each work's gaps worst first, then by their text. */
export function workRows(chain: ChainOfTitle): WorkRow[] {
  return chain.works.map((w) => ({
    workId: w.work.id,
    title: w.work.title,
    kind: w.work.kind,
    contracts: w.contracts.map((c) => ({ holder: c.holderName, kind: c.kind, status: c.status })),
    gaps: [...w.gaps].sort((a, b) => GAP_ORDER.indexOf(a.kind) - GAP_ORDER.indexOf(b.kind)
      || a.detail.localeCompare(b.detail)),
  }));
}

/** How many gaps of each kind, for the summary line; kinds without a gap are left out. */
export function gapCounts(chain: ChainOfTitle): { kind: string; count: number }[] {
  return GAP_ORDER.map((kind) => ({ kind, count: chain.gaps.filter((g) => g.kind === kind).length }))
    .filter((c) => c.count > 0);
}
