// Revenue reports summed for the list's footer: receipts in decimal strings, admissions as integers.
import type { RevenueReport } from '../api/generated/distribution-service';
import { sum } from '../decimal';

export interface RevenueTotals {
  gross: string;
  currency: string;
  admissions: number;
}

export function revenueTotals(reports: readonly RevenueReport[]): RevenueTotals {
  return {
    gross: sum(reports.map((r) => r.total.amount)),
    currency: reports[0]?.total.currency ?? 'EUR',
    admissions: reports.reduce((n, r) => n + r.admissions, 0),
  };
}
