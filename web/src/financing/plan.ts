// The financing plan read for a person: how much is found by status, the gap (or surplus) against the locked budget,
// and the public aid against its ceiling (50 % of the budget, 60 % for difficult or low-budget works: CNC RGA art.
// 211-4 and Code du cinéma D311-3). All in decimal strings; the service's figures are shown, these are checked again.
import type { FinancingPlan, FinancingStatus } from '../api/generated/budget-service';
import { compare, isNegative, isZero, negate, multiply, ratio, round, subtract, sum } from '../decimal';

export const STATUS_ORDER: FinancingStatus[] = ['RECEIVED', 'CONFIRMED', 'REQUESTED', 'PLANNED'];

export type GapKind = 'short' | 'surplus' | 'balanced' | 'noBudget';

export interface FinancingView {
  budget: string | null;
  total: string;
  byStatus: { status: FinancingStatus; amount: string }[];
  gap: { kind: GapKind; amount: string | null };
  /** the found share of the budget, a fraction string ("0.9421"), null without a locked budget */
  covered: string | null;
  publicAid: {
    amount: string;
    share: string | null;
    ceiling: string;
    ceilingAmount: string | null;
    /** what may still be asked of public funders before the ceiling (negative: over it) */
    headroom: string | null;
    above: boolean;
  };
}

export function financingView(plan: FinancingPlan): FinancingView {
  const budget = plan.lockedBudgetTotal?.amount ?? null;
  const total = sum(plan.sources.map((s) => s.amount.amount));
  const byStatus = STATUS_ORDER.map((status) => ({
    status, amount: sum(plan.sources.filter((s) => s.status === status).map((s) => s.amount.amount)) }));
  let gap: FinancingView['gap'] = { kind: 'noBudget', amount: null };
  if (budget != null) {
    const difference = subtract(budget, total);
    gap = isZero(difference) ? { kind: 'balanced', amount: '0.00' }
      : isNegative(difference) ? { kind: 'surplus', amount: negate(difference) } : { kind: 'short', amount: difference };
  }
  const publicAid = sum(plan.sources.filter((s) => s.publicAid).map((s) => s.amount.amount));
  const ceilingAmount = budget == null ? null : round(multiply(budget, plan.publicAidCeiling));
  return {
    budget, total, byStatus, gap,
    covered: budget == null ? null : ratio(total, budget),
    publicAid: {
      amount: publicAid,
      share: budget == null ? null : ratio(publicAid, budget),
      ceiling: plan.publicAidCeiling,
      ceilingAmount,
      headroom: ceilingAmount == null ? null : subtract(ceilingAmount, publicAid),
      above: ceilingAmount != null && compare(publicAid, ceilingAmount) > 0,
    },
  };
}
