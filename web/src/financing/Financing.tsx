// The financing plan: the sources with their status, the gap (or surplus) against the locked budget, the public aid
// against its ceiling, the tax credit estimate, a chart with the table of the same figures beside it, XLSX.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { api, call, saveBlob } from '../api/client';
import type { FinancingPlan } from '../api/generated/budget-service';
import { ApiProblem } from '../api/problem';
import { date, money, rate } from '../format';
import { currentLang, t } from '../i18n';
import { href } from '../router';
import { ChartView, Loading, Panel, ProblemBox } from '../ui/components';
import { financingView, STATUS_ORDER } from './plan';

const COLOURS: Record<string, string> = { RECEIVED: '#1d6b2f', CONFIRMED: '#1f5f8b', REQUESTED: '#7aa6c9', PLANNED: '#c4d6e6',
  gap: '#b00020' };

export function FinancingScreen(props: { id: string }) {
  const productionId = props.id;
  const [plan, setPlan] = useState<FinancingPlan | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('budget', () => api.budget.financing.getFinancingPlan({ productionId })).then(setPlan, setProblem);
  }, [productionId]);
  const view = plan ? financingView(plan) : null;
  const eur = (amount: string | null) => money(amount == null ? null : { amount, currency: 'EUR' });
  const chart = useMemo<ChartConfiguration | null>(() => {
    if (!view) return null;
    // the only place money becomes a number: the bars' lengths in pixels
    const datasets = view.byStatus.map((s) => ({ label: t(`financing.status.${s.status}`), data: [Number(s.amount), 0],
      backgroundColor: COLOURS[s.status], stack: 'plan' }));
    if (view.gap.kind === 'short') {
      datasets.push({ label: t('financing.gap'), data: [Number(view.gap.amount), 0], backgroundColor: COLOURS.gap, stack: 'plan' });
    }
    if (view.budget) {
      datasets.push({ label: t('financing.budget'), data: [0, Number(view.budget)], backgroundColor: '#555', stack: 'plan' });
    }
    return { type: 'bar', data: { labels: [t('financing.sources'), t('financing.budget')], datasets },
      options: { indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } } };
  }, [plan]);
  const download = () => call('budget', () => api.budget.financing.downloadFinancingPlanXlsx({ productionId, lang: currentLang() }))
    .then((blob) => saveBlob(blob, 'plan-de-financement.xlsx'), setProblem);
  return (
    <Panel service="budget" title={t('financing.title')}>
      <p><a href={href({ name: 'dashboard', id: productionId })}>← {t('nav.productions')}</a></p>
      <ProblemBox problem={problem} />
      {!plan && !problem && <Loading />}
      {plan && view && (
        <>
          <div class="toolbar"><button type="button" onClick={download}>{t('financing.download')}</button></div>
          <div class={view.gap.kind === 'short' || view.gap.kind === 'surplus' ? 'warn' : 'ok'} data-testid="financing-gap">
            {view.gap.kind === 'noBudget' ? t('financing.noBudget')
              : view.gap.kind === 'balanced' ? t('financing.balanced')
                : t(`financing.${view.gap.kind}`, { amount: eur(view.gap.amount) })}
            {view.covered != null && <> {t('financing.covered', { share: rate(view.covered) })}</>}
          </div>
          <div class={view.publicAid.above ? 'warn' : 'ok'} data-testid="public-aid">
            {t('financing.publicAid', { amount: eur(view.publicAid.amount), share: rate(view.publicAid.share),
              ceiling: rate(view.publicAid.ceiling) })}{' '}
            {view.publicAid.headroom != null && (view.publicAid.above
              ? t('financing.aboveCeiling', { amount: eur(view.publicAid.headroom.replace('-', '')) })
              : t('financing.headroom', { amount: eur(view.publicAid.headroom) }))}
          </div>
          <div class="side">
            {chart && <ChartView config={chart} label={t('financing.chart')} />}
            <table>
              <caption>{t('financing.totals')}</caption>
              <tbody>
                {view.byStatus.map((s) => (
                  <tr key={s.status}><th scope="row">{t(`financing.status.${s.status}`)}</th><td class="num">{eur(s.amount)}</td></tr>))}
                <tr><th scope="row">{t('financing.total')}</th><td class="num">{eur(view.total)}</td></tr>
                <tr><th scope="row">{t('financing.budget')}</th><td class="num">{eur(view.budget)}</td></tr>
                <tr><th scope="row">{t('financing.gapRow')}</th><td class="num">{money(plan.gap)}</td></tr>
                {plan.taxCredit && (
                  <tr><th scope="row">{t('financing.taxCredit')} ({rate(plan.taxCredit.rate)})</th>
                    <td class="num">{money(plan.taxCredit.estimate)}</td></tr>)}
              </tbody>
            </table>
          </div>
          <table>
            <caption>{t('financing.sources')}</caption>
            <thead><tr>
              <th scope="col">{t('financing.financier')}</th><th scope="col">{t('financing.kind')}</th>
              <th scope="col">{t('financing.status')}</th><th scope="col">{t('financing.publicAidCol')}</th>
              <th scope="col">{t('financing.expected')}</th><th scope="col" class="num">{t('financing.amount')}</th>
            </tr></thead>
            <tbody>{[...plan.sources].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
              .map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.financier}</th><td>{t(`financing.kind.${s.kind}`)}</td>
                  <td>{t(`financing.status.${s.status}`)}</td><td>{t(s.publicAid ? 'yes' : 'no')}</td>
                  <td>{date(s.expectedDate)}</td><td class="num">{money(s.amount)}</td>
                </tr>))}
            </tbody>
          </table>
          {plan.warnings.length > 0 && (
            <>
              <h3>{t('financing.warnings')}</h3>
              <ul>{plan.warnings.map((w) => <li key={w.code}>{t(`financing.warning.${w.code}`) === `financing.warning.${w.code}`
                ? w.message : t(`financing.warning.${w.code}`)}</li>)}</ul>
            </>)}
        </>)}
    </Panel>
  );
}
