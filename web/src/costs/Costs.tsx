// Cost control: the cost report's variance per chapter as a chart and a table, the cash-flow plan by week with its
// threshold and the weeks that fall under it, two kept weekly reports compared, the invoices to match and the
// forecast carbon footprint.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { api, call } from '../api/client';
import type { CashFlowPlan, CostReport } from '../api/generated/budget-service';
import { ApiProblem } from '../api/problem';
import { date, money } from '../format';
import { currentLang, t } from '../i18n';
import { href } from '../router';
import { ChartView, Loading, Panel, ProblemBox } from '../ui/components';
import { can } from '../auth/roles';
import { Carbon } from './Carbon';
import { Invoices } from './Invoices';
import { Snapshots } from './Snapshots';

export function CostsScreen(props: { id: string; roles: string[] }) {
  const productionId = props.id;
  const [report, setReport] = useState<CostReport | null>(null);
  const [plan, setPlan] = useState<CashFlowPlan | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('budget', () => api.budget.costReport.getCostReport({ productionId })).then(setReport, setProblem);
    call('budget', () => api.budget.cashFlow.getCashFlowPlan({ productionId })).then(setPlan, setProblem);
  }, [productionId]);
  const chapters = report?.chapters ?? [];
  const label = (c: { labelFr?: string; labelEn?: string; code?: string }) =>
    `${c.code} ${(currentLang() === 'en' ? c.labelEn : c.labelFr) ?? ''}`;
  const varianceChart = useMemo<ChartConfiguration>(() => ({
    type: 'bar',
    data: { labels: chapters.map(label), datasets: [
      { label: t('costs.budget'), data: chapters.map((c) => Number(c.figures?.budget?.amount ?? 0)), backgroundColor: '#9bb7d4' },
      { label: t('costs.estimate'), data: chapters.map((c) => Number(c.figures?.estimatedFinalCost?.amount ?? 0)), backgroundColor: '#1f5f8b' },
    ] },
  }), [report]);
  const weeks = plan?.weeks ?? [];
  const cashChart = useMemo<ChartConfiguration>(() => ({
    type: 'line',
    data: { labels: weeks.map((w) => w.isoWeek ?? ''), datasets: [
      { label: t('costs.balance'), data: weeks.map((w) => Number(w.closingBalance?.amount ?? 0)), borderColor: '#1f5f8b' },
      { label: t('costs.threshold'), data: weeks.map(() => Number(plan?.threshold?.amount ?? 0)), borderColor: '#b00020',
        borderDash: [6, 4], pointRadius: 0 },
    ] },
  }), [plan]);
  const shortfall = weeks.filter((w) => w.shortfall);
  return (
    <Panel service="budget" title={t('costs.title')}>
      <p><a href={href({ name: 'dashboard', id: productionId })}>← {t('nav.productions')}</a></p>
      <ProblemBox problem={problem} />
      {!report && !problem && <Loading />}
      {report && (
        <>
          <ChartView config={varianceChart} label={t('costs.report')} />
          <table>
            <caption>{t('costs.report')}</caption>
            <thead><tr><th scope="col">{t('budget.chapter')}</th><th scope="col" class="num">{t('costs.budget')}</th>
              <th scope="col" class="num">{t('costs.estimate')}</th><th scope="col" class="num">{t('costs.variance')}</th></tr></thead>
            <tbody>{chapters.map((c) => (
              <tr key={c.code}><th scope="row">{label(c)}</th><td class="num">{money(c.figures?.budget)}</td>
                <td class="num">{money(c.figures?.estimatedFinalCost)}</td><td class="num">{money(c.figures?.variance)}</td></tr>))}
            </tbody>
          </table>
        </>)}
      {plan && (
        <>
          <ChartView config={cashChart} label={t('costs.cashflow')} />
          <p>{t('costs.threshold')} : {money(plan.threshold)}</p>
          <h3>{t('costs.shortfall')}</h3>
          <ul>{shortfall.map((w) => <li key={w.isoWeek}>{w.isoWeek} ({date(w.weekStart)}) : {money(w.closingBalance)}</li>)}</ul>
        </>)}
      <Snapshots productionId={productionId} />
      {can(props.roles, 'invoices.view') && <Invoices productionId={productionId} canMatch={can(props.roles, 'invoices.match')} />}
      {can(props.roles, 'carbon.view') && <Carbon productionId={productionId} />}
    </Panel>
  );
}
