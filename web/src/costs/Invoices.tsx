// Invoices to match: each supplier invoice beside its order and what was received, with the service's verdict and its
// reasons; the accountant runs the match again once a receipt is recorded or the tolerance changed.
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { Invoice, MatchTolerance, PurchaseOrder } from '../api/generated/budget-service';
import { ApiProblem } from '../api/problem';
import { date, money, rate } from '../format';
import { t } from '../i18n';
import { Loading, Panel, ProblemBox } from '../ui/components';
import { matchRows, matchSummary } from './invoices';

export function Invoices(props: { productionId: string; canMatch: boolean }) {
  const productionId = props.productionId;
  const [invoices, setInvoices] = useState<Invoice[] | null>(null);
  const [orders, setOrders] = useState<PurchaseOrder[]>([]);
  const [tolerance, setTolerance] = useState<MatchTolerance | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const load = () => {
    setProblem(null);
    call('budget', () => api.budget.purchaseOrders.listPurchaseOrders({ productionId, size: 200 }))
      .then((page) => setOrders(page.items), setProblem);
    call('budget', () => api.budget.invoices.listInvoices({ productionId, size: 200 }))
      .then((page) => setInvoices(page.items), setProblem);
    call('budget', () => api.budget.invoices.getMatchTolerance({ productionId })).then(setTolerance, () => undefined);
  };
  useEffect(load, [productionId]);
  const rematch = async (invoice: Invoice) => {
    setBusy(invoice.id);
    setProblem(null);
    try {
      const again = await call('budget', () => api.budget.invoices.rematchInvoice({ productionId, invoiceId: invoice.id }));
      setInvoices((list) => (list ?? []).map((i) => (i.id === again.id ? again : i)));
    } catch (failure) {
      setProblem(failure as ApiProblem);
    } finally {
      setBusy(null);
    }
  };
  const eur = (amount: string | null) => money(amount == null ? null : { amount, currency: 'EUR' });
  const summary = invoices ? matchSummary(invoices) : null;
  return (
    <Panel service="budget" title={t('invoices.title')} headingLevel={3}>
      <ProblemBox problem={problem} onReload={load} />
      {invoices == null && !problem && <Loading />}
      {tolerance && <p>{t('invoices.tolerance', { amount: money(tolerance.amount), percent: rate(tolerance.rate) })}</p>}
      {summary && <p role="status">{t('invoices.summary', { toMatch: summary.toMatch, matched: summary.matched,
        outstanding: eur(summary.outstanding) })}</p>}
      {invoices != null && invoices.length > 0 && (
        <div class="scroll" tabIndex={0} role="region" aria-label={t('invoices.table')}>
        <table>
          <thead><tr>
            <th scope="col">{t('invoices.number')}</th><th scope="col">{t('invoices.order')}</th>
            <th scope="col" class="num">{t('invoices.ordered')}</th><th scope="col" class="num">{t('invoices.received')}</th>
            <th scope="col" class="num">{t('invoices.net')}</th><th scope="col" class="num">{t('invoices.excess')}</th>
            <th scope="col">{t('invoices.status')}</th><th scope="col" class="num">{t('invoices.outstanding')}</th>
            {props.canMatch && <th scope="col"><span class="sr-only">{t('invoices.rematch')}</span></th>}
          </tr></thead>
          <tbody>{matchRows(invoices, orders).map((r) => (
            <tr key={r.invoice.id}>
              <th scope="row">{r.invoice.number}<br /><small>{date(r.invoice.invoiceDate)}</small></th>
              <td>{r.orderNumber ?? '—'}</td>
              <td class="num">{eur(r.ordered)}</td>
              <td class="num">{r.received == null ? t('invoices.notReceived') : eur(r.received)}</td>
              <td class="num">{money(r.invoice.net)}</td>
              <td class="num">{eur(r.excess)}</td>
              <td><span>{t(`invoices.status.${r.invoice.status}`)}</span>
                {r.invoice.mismatchReasons.length > 0 && <ul>{r.invoice.mismatchReasons.map((m) => <li key={m}>{m}</li>)}</ul>}</td>
              <td class="num">{money(r.invoice.outstanding)}</td>
              {props.canMatch && <td>{r.invoice.status === 'MISMATCHED' && (
                <button type="button" disabled={busy === r.invoice.id} onClick={() => rematch(r.invoice)}
                  aria-label={`${t('invoices.rematch')} : ${r.invoice.number}`}>{t('invoices.rematch')}</button>)}</td>}
            </tr>))}
          </tbody>
        </table>
        </div>)}
    </Panel>
  );
}
