import { describe, expect, it } from 'vitest';
import type { CostReportComparison, Invoice, PurchaseOrder } from '../api/generated/budget-service';
import { matchRows, matchSummary } from './invoices';
import { sideBySide, totalRow } from './snapshots';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

describe('invoices to match', () => {
  const order = (id: string, number: string, net: string, received: string | null) =>
    ({ id, number, net: eur(net), received: received == null ? null : eur(received) }) as unknown as PurchaseOrder;
  const invoice = (number: string, orderId: string, net: string, status: string, outstanding: string) =>
    ({ number, orderId, net: eur(net), status, outstanding: eur(outstanding) }) as unknown as Invoice;
  const orders = [order('bc1', 'BC-2027-001', '52000.00', '26000.00'), order('bc2', 'BC-2027-002', '39500.00', null),
    order('bc3', 'BC-2027-003', '12000.00', '12000.00')];
  const invoices = [invoice('TPX-27-0412', 'bc1', '26000.00', 'MATCHED', '31200.00'),
    invoice('LDO-27-118', 'bc3', '12030.00', 'MATCHED', '14436.00'),
    invoice('LDO-27-119', 'bc2', '19750.00', 'MISMATCHED', '23700.00')];
  it('puts the three legs side by side, the invoices to match first', () => {
    const rows = matchRows(invoices, orders);
    expect(rows.map((r) => [r.invoice.number, r.orderNumber, r.ordered, r.received, r.excess])).toEqual([
      ['LDO-27-119', 'BC-2027-002', '39500.00', null, null],
      ['TPX-27-0412', 'BC-2027-001', '52000.00', '26000.00', '0.00'],
      ['LDO-27-118', 'BC-2027-003', '12000.00', '12000.00', '30.00'], // 30.00 over, within 50.00 and 1 %
    ]);
  });
  it('counts what is left to match and what is owed', () => {
    expect(matchSummary(invoices)).toEqual({ toMatch: 1, matched: 2, outstanding: '69336.00' });
  });
});

describe('cost report snapshots compared', () => {
  const figures = (committed: string, actual: string, efc: string, variance: string) => ({
    budget: eur('0.00'), committed: eur(committed), actual: eur(actual), costToDate: eur('0.00'),
    estimateToComplete: eur('0.00'), estimatedFinalCost: eur(efc), variance: eur(variance) });
  const comparison = {
    chapters: [
      { key: '7', chapterCode: '7', accountCode: null, label: 'Moyens techniques', moved: true,
        from: figures('103500.00', '0.00', '107000.00', '-3500.00'), to: figures('103500.00', '38030.00', '107030.00', '-3530.00') },
      { key: '2', chapterCode: '2', accountCode: null, label: 'Personnel', moved: false,
        from: figures('1000.00', '0.00', '1000.00', '0.00'), to: figures('1000.00', '0.00', '1000.00', '0.00') },
    ],
    lines: [
      { key: 'l71', chapterCode: '7', accountCode: '71', label: 'Caméra', moved: true,
        from: figures('52000.00', '0.00', '52000.00', '0.00'), to: figures('52000.00', '26000.00', '52000.00', '0.00') },
      { key: 'l72', chapterCode: '7', accountCode: '72', label: 'Machinerie', moved: true,
        from: figures('12000.00', '0.00', '12000.00', '0.00'), to: figures('12000.00', '12030.00', '12030.00', '-30.00') },
      { key: 'l73', chapterCode: '7', accountCode: '73', label: 'Électricité', moved: false,
        from: figures('39500.00', '0.00', '39500.00', '-3500.00'), to: figures('39500.00', '0.00', '39500.00', '-3500.00') },
      { key: 'l21', chapterCode: '2', accountCode: '21', label: 'Réalisateur', moved: false, from: null,
        to: figures('0.00', '0.00', '0.00', '0.00') },
    ],
    total: { key: 'total', chapterCode: null, accountCode: null, label: null, moved: true,
      from: figures('104500.00', '0.00', '108000.00', '-3500.00'), to: figures('104500.00', '38030.00', '108030.00', '-3530.00') },
  } as unknown as CostReportComparison;
  it('shows each chapter then its lines that moved, with to − from', () => {
    const rows = sideBySide(comparison);
    expect(rows.map((r) => [r.code, r.chapter, r.moved])).toEqual([['7', true, true], ['71', false, true],
      ['72', false, true], ['2', true, false]]);
    expect(rows[0].delta).toEqual({ committed: '0.00', actual: '38030.00', estimatedFinalCost: '30.00', variance: '-30.00' });
    expect(rows[2].from.actual).toBe('0.00');
    expect(rows[2].to.actual).toBe('12030.00');
  });
  it('totals the whole report the same way', () => {
    expect(totalRow(comparison).delta.actual).toBe('38030.00');
  });
});
