// Three-way match as the accountant reads it: the order (what was agreed), the receipt (what was delivered or signed
// off), the invoice (what is asked). The service decides MATCHED or MISMATCHED within the production's tolerance and
// says why; this puts the three legs side by side with the excess of the invoice over what was received.
import type { Invoice, PurchaseOrder } from '../api/generated/budget-service';
import { subtract, sum } from '../decimal';

export interface MatchRow {
  invoice: Invoice;
  orderNumber: string | null;
  ordered: string | null;
  received: string | null;
  /** invoice net − received (positive: asked more than received); null when nothing is received yet */
  excess: string | null;
}

export function matchRows(invoices: readonly Invoice[], orders: readonly PurchaseOrder[]): MatchRow[] {
  const byId = new Map(orders.map((o) => [o.id, o]));
  return invoices.map((invoice) => {
    const order = byId.get(invoice.orderId);
    const received = order?.received?.amount ?? null;
    return {
      invoice,
      orderNumber: order?.number ?? null,
      ordered: order?.net.amount ?? null,
      received,
      excess: received == null ? null : subtract(invoice.net.amount, received),
    };
  }).sort((a, b) => (a.invoice.status === b.invoice.status ? 0 : a.invoice.status === 'MISMATCHED' ? -1 : 1));
}

export function matchSummary(invoices: readonly Invoice[]): { toMatch: number; matched: number; outstanding: string } {
  return {
    toMatch: invoices.filter((i) => i.status === 'MISMATCHED').length,
    matched: invoices.filter((i) => i.status === 'MATCHED').length,
    outstanding: sum(invoices.map((i) => i.outstanding.amount)),
  };
}
