// The kept weekly cost reports, two of them side by side: what each said and what moved in between.
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { CostReportComparison, CostReportSnapshotSummary } from '../api/generated/budget-service';
import { ApiProblem } from '../api/problem';
import { date, money } from '../format';
import { currentLang, t } from '../i18n';
import { Field, Loading, Panel, ProblemBox } from '../ui/components';
import { COMPARED, sideBySide, totalRow, type SideBySideRow } from './snapshots';

export function Snapshots(props: { productionId: string }) {
  const productionId = props.productionId;
  const [snapshots, setSnapshots] = useState<CostReportSnapshotSummary[] | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [comparison, setComparison] = useState<CostReportComparison | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('budget', () => api.budget.costReport.listCostReportSnapshots({ productionId })).then((list) => {
      setSnapshots(list.snapshots);
      // newest first: the latest week against the one before it
      if (list.snapshots.length >= 2) { setFrom(list.snapshots[1].id); setTo(list.snapshots[0].id); }
      else if (list.snapshots.length === 1) { setFrom(list.snapshots[0].id); setTo('current'); }
    }, setProblem);
  }, [productionId]);
  useEffect(() => {
    if (!from || !to || from === to) { setComparison(null); return; }
    call('budget', () => api.budget.costReport.compareCostReports({ productionId, from, to, lang: currentLang() }))
      .then((c) => { setComparison(c); setProblem(null); }, setProblem);
  }, [from, to]);
  const options = (snapshots ?? []).map((s) => ({ value: s.id, label: `${t('snapshots.week')} ${date(s.weekEnding)} (V${s.versionNumber})` }));
  const eur = (amount: string) => money({ amount, currency: comparison?.currency ?? 'EUR' });
  const cells = (r: SideBySideRow) => [
    ...COMPARED.map((f) => <td key={`f${f}`} class="num">{eur(r.from[f])}</td>),
    ...COMPARED.map((f) => <td key={`t${f}`} class="num">{eur(r.to[f])}</td>),
    ...(['actual', 'estimatedFinalCost'] as const).map((f) => <td key={`d${f}`} class="num">{eur(r.delta[f])}</td>),
  ];
  return (
    <Panel service="budget" title={t('snapshots.title')} headingLevel={3}>
      <ProblemBox problem={problem} />
      {snapshots == null && !problem && <Loading />}
      {snapshots != null && snapshots.length === 0 && <p>{t('snapshots.none')}</p>}
      {snapshots != null && snapshots.length > 0 && (
        <div class="toolbar">
          <Field label={t('snapshots.from')} value={from} onInput={setFrom} options={options} />
          <Field label={t('snapshots.to')} value={to} onInput={setTo}
            options={[...options, { value: 'current', label: t('snapshots.current') }]} />
        </div>)}
      {comparison && (
        <>
          <p role="status">{t('snapshots.moved', { n: comparison.linesMoved })}</p>
          <div class="scroll" tabIndex={0} role="region" aria-label={t('snapshots.table')}>
            <table class="compare">
              <thead>
                <tr><th scope="col" rowSpan={2}>{t('budget.chapter')}</th>
                  <th scope="colgroup" colSpan={4}>{comparison.from.weekEnding ? `${t('snapshots.week')} ${date(comparison.from.weekEnding)}` : t('snapshots.current')}</th>
                  <th scope="colgroup" colSpan={4}>{comparison.to.weekEnding ? `${t('snapshots.week')} ${date(comparison.to.weekEnding)}` : t('snapshots.current')}</th>
                  <th scope="colgroup" colSpan={2}>{t('snapshots.difference')}</th></tr>
                <tr>{[...COMPARED, ...COMPARED].map((f, i) => <th scope="col" key={`${f}${i}`} class="num">{t(`figure.${f}`)}</th>)}
                  <th scope="col" class="num">{t('figure.actual')}</th><th scope="col" class="num">{t('figure.estimatedFinalCost')}</th></tr>
              </thead>
              <tbody>{sideBySide(comparison).map((r) => (
                <tr key={r.key} class={`${r.chapter ? 'chapter' : 'level2'}${r.moved ? ' moved' : ''}`}>
                  <th scope="row">{r.code} {r.label ?? ''}</th>{cells(r)}</tr>))}
              </tbody>
              <tfoot><tr><th scope="row">{t('budget.total')}</th>{cells(totalRow(comparison))}</tr></tfoot>
            </table>
          </div>
        </>)}
    </Panel>
  );
}
