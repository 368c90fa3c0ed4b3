// Rights: the waterfalls of a production, and the explanation of one as a picture of where each euro went (a bar
// per beneficiary) with, below it, every receipt's path step by step and the reason of each step.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { api, call } from '../api/client';
import type { Explanation, StatementDeadline, WaterfallVersion } from '../api/generated/rights-service';
import { ApiProblem } from '../api/problem';
import { date, money } from '../format';
import { t } from '../i18n';
import { href } from '../router';
import { ChartView, Field, Loading, Panel, ProblemBox } from '../ui/components';
import { can } from '../auth/roles';
import { ChainOfTitlePanel } from './ChainOfTitle';
import { CueSheetsPanel } from './CueSheets';
import { sharesOf } from './waterfall';

export function RightsScreen(props: { id: string; roles: string[] }) {
  const productionId = props.id;
  const [waterfalls, setWaterfalls] = useState<WaterfallVersion[] | null>(null);
  const [deadlines, setDeadlines] = useState<StatementDeadline[]>([]);
  const [explaining, setExplaining] = useState<WaterfallVersion | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('rights', () => api.rights.waterfalls.listWaterfallVersions({ productionId }))
      .then((list) => setWaterfalls(list.items ?? []), setProblem);
    call('rights', () => api.rights.statements.listStatementDeadlines({ productionId }))
      .then((list) => setDeadlines(list.items ?? []), () => undefined);
  }, [productionId]);
  return (
    <Panel service="rights" title={t('rights.title')}>
      <p><a href={href({ name: 'dashboard', id: productionId })}>← {t('nav.productions')}</a></p>
      <ProblemBox problem={problem} />
      {waterfalls == null && !problem ? <Loading /> : (
        <table>
          <caption>{t('rights.waterfalls')}</caption>
          <tbody>{(waterfalls ?? []).map((w) => (
            <tr key={w.id}><th scope="row">{w.name}</th><td>{date(w.releaseDate)}</td><td class="num">{money(w.receiptsTotal)}</td>
              <td><button type="button" onClick={() => setExplaining(w)}>{t('rights.explain')} : {w.name}</button></td></tr>))}
          </tbody>
        </table>)}
      {explaining && <ExplanationView key={explaining.id} productionId={productionId} waterfall={explaining} />}
      <h3>{t('rights.deadlines')}</h3>
      <ul>{deadlines.map((d) => (
        <li key={`${d.waterfallId}-${d.holder}`}>{date(d.dueOn)} — {d.holder} ({d.waterfallName}){d.overdue ? ' ⚠' : ''}</li>))}
      </ul>
      {can(props.roles, 'rights.chain') && <ChainOfTitlePanel productionId={productionId} />}
      {can(props.roles, 'rights.chain') && <CueSheetsPanel productionId={productionId} />}
    </Panel>
  );
}

function ExplanationView(props: { productionId: string; waterfall: WaterfallVersion }) {
  const holders = (props.waterfall.balances ?? []).map((b) => b.holder).filter((h): h is string => !!h);
  const [holder, setHolder] = useState('');
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    setExplanation(null);
    call('rights', () => api.rights.statements.explainWaterfall({ productionId: props.productionId,
      waterfallId: props.waterfall.id!, holder: holder || undefined })).then(setExplanation, setProblem);
  }, [holder]);
  const shares = useMemo(() => (explanation ? sharesOf(explanation) : []), [explanation]);
  const chart = useMemo<ChartConfiguration>(() => ({
    type: 'bar',
    data: { labels: shares.map((s) => s.holder),
      datasets: [{ label: t('rights.took'), data: shares.map((s) => Number(s.took)), backgroundColor: '#1f5f8b' }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } } },
  }), [shares]);
  return (
    <section aria-label={t('rights.explanation')}>
      <h3>{t('rights.explanation')} — {props.waterfall.name}</h3>
      <Field label={t('rights.holder')} value={holder} onInput={setHolder}
        options={[{ value: '', label: t('rights.allHolders') }, ...[...new Set(holders)].map((h) => ({ value: h, label: h }))]} />
      <ProblemBox problem={problem} />
      {!explanation && !problem && <Loading />}
      {explanation && (
        <>
          {explanation.holder && <p>{t('rights.holderTotal')} : <strong>{money(explanation.holderTotal)}</strong></p>}
          <ChartView config={chart} label={t('rights.chart')} />
          <table>
            <caption>{t('rights.chart')}</caption>
            <tbody>{shares.map((s) => (
              <tr key={s.holder}><th scope="row">{s.holder}</th><td class="num">{money({ amount: s.took, currency: 'EUR' })}</td></tr>))}
            </tbody>
          </table>
          {(explanation.receipts ?? []).map((r) => (
            <details key={r.receiptId}>
              <summary>{t('rights.receipt', { date: date(r.receivedOn), gross: money(r.gross) })}</summary>
              <table>
                <thead><tr><th scope="col">{t('rights.step')}</th><th scope="col" class="num">{t('rights.reached')}</th>
                  <th scope="col" class="num">{t('rights.took')}</th><th scope="col">{t('rights.reason')}</th></tr></thead>
                <tbody>{(r.steps ?? []).map((s) => (
                  <tr key={`${s.order}-${s.nodeId}`}><td>{s.holder} ({s.kind})</td><td class="num">{money(s.reached)}</td>
                    <td class="num">{money(s.took)}</td><td>{s.reason}</td></tr>))}</tbody>
              </table>
            </details>))}
        </>)}
    </section>
  );
}
