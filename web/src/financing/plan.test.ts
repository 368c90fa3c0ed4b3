import { describe, expect, it } from 'vitest';
import type { FinancingPlan } from '../api/generated/budget-service';
import { financingView } from './plan';

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const source = (amount: string, status: string, publicAid = false) => ({ amount: eur(amount), status, publicAid });
const plan = (budget: string | null, ceiling: string, ...sources: ReturnType<typeof source>[]) =>
  ({ lockedBudgetTotal: budget == null ? null : eur(budget), publicAidCeiling: ceiling, sources }) as unknown as FinancingPlan;

describe('financing plan', () => {
  it('finds the gap between the locked budget and the sources, by status', () => {
    // 250 000 + 650 000 + 280 000 confirmed, 260 000 + 350 000 requested, 150 000 planned: 1 940 000 of 3 450 000
    const view = financingView(plan('3450000.00', '0.50', source('250000.00', 'CONFIRMED'), source('650000.00', 'CONFIRMED'),
      source('280000.00', 'CONFIRMED', true), source('260000.00', 'REQUESTED', true), source('350000.00', 'REQUESTED', true),
      source('150000.00', 'PLANNED')));
    expect(view.total).toBe('1940000.00');
    expect(view.byStatus).toEqual([{ status: 'RECEIVED', amount: '0.00' }, { status: 'CONFIRMED', amount: '1180000.00' },
      { status: 'REQUESTED', amount: '610000.00' }, { status: 'PLANNED', amount: '150000.00' }]);
    expect(view.gap).toEqual({ kind: 'short', amount: '1510000.00' });
    expect(view.covered).toBe('0.5623'); // 1 940 000 / 3 450 000
  });
  it('checks the public aid against its 50 % ceiling: 890 000 of 3 450 000 leaves 835 000 of headroom', () => {
    const view = financingView(plan('3450000.00', '0.50', source('890000.00', 'REQUESTED', true), source('2560000.00', 'CONFIRMED')));
    expect(view.gap).toEqual({ kind: 'balanced', amount: '0.00' });
    expect(view.publicAid).toEqual({ amount: '890000.00', share: '0.2580', ceiling: '0.50', ceilingAmount: '1725000.00',
      headroom: '835000.00', above: false });
  });
  it('says when public aid passes the ceiling, and a surplus as a positive amount', () => {
    // 60 % ceiling of 1 000 000.01 is 600 000.006, rounded to 600 000.01: 600 000.02 is one cent above
    const view = financingView(plan('1000000.01', '0.60', source('600000.02', 'CONFIRMED', true), source('400000.00', 'PLANNED')));
    expect(view.publicAid.ceilingAmount).toBe('600000.01');
    expect(view.publicAid.above).toBe(true);
    expect(view.publicAid.headroom).toBe('-0.01');
    expect(view.gap).toEqual({ kind: 'surplus', amount: '0.01' });
  });
  it('has no gap without a locked budget', () => {
    const view = financingView(plan(null, '0.50', source('100.00', 'PLANNED', true)));
    expect(view.gap).toEqual({ kind: 'noBudget', amount: null });
    expect(view.publicAid.above).toBe(false);
    expect(view.covered).toBeNull();
  });
});
