// Where each euro of a waterfall explanation went: what each beneficiary took, over all the receipts explained.
import type { Explanation } from '../api/generated/rights-service';

export interface Share {
  holder: string;
  /** decimal string, summed in cents so that no float drifts */
  took: string;
}

export function sharesOf(explanation: Explanation): Share[] {
  const cents = new Map<string, bigint>();
  for (const receipt of explanation.receipts ?? []) {
    for (const step of receipt.steps ?? []) {
      const holder = step.holder ?? '—';
      const [units, fraction = ''] = (step.took?.amount ?? '0').split('.');
      const negative = units.startsWith('-');
      const value = BigInt(units.replace('-', '')) * 100n + BigInt((fraction + '00').substring(0, 2));
      cents.set(holder, (cents.get(holder) ?? 0n) + (negative ? -value : value));
    }
  }
  return [...cents.entries()]
    .filter(([, v]) => v !== 0n)
    .sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0))
    .map(([holder, v]) => {
      const sign = v < 0n ? '-' : '';
      const abs = v < 0n ? -v : v;
      return { holder, took: `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}` };
    });
}
