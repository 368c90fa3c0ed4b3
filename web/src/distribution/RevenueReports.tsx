// The revenue reports the distributors sent (latest period first) with their total, and the contracts whose account
// is overdue (Code du cinéma L213-28).
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { OverdueReport, RevenueReport } from '../api/generated/distribution-service';
import { ApiProblem } from '../api/problem';
import { count, date, money } from '../format';
import { t } from '../i18n';
import { Loading, Panel, ProblemBox } from '../ui/components';
import { revenueTotals } from './revenue';

export function RevenueReports(props: { productionId: string }) {
  const productionId = props.productionId;
  const [reports, setReports] = useState<RevenueReport[] | null>(null);
  const [overdue, setOverdue] = useState<OverdueReport[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('distribution', () => api.distribution.revenueReports.listRevenueReports({ productionId, size: 100 }))
      .then((page) => setReports(page.items), setProblem);
    call('distribution', () => api.distribution.revenueReports.listOverdueReports({ productionId }))
      .then((list) => setOverdue(list.items), setProblem);
  }, [productionId]);
  const totals = reports ? revenueTotals(reports) : null;
  return (
    <Panel service="distribution" title={t('revenue.title')} headingLevel={3}>
      <ProblemBox problem={problem} />
      {reports == null && !problem && <Loading />}
      {reports != null && reports.length === 0 && <p>{t('revenue.none')}</p>}
      {reports != null && reports.length > 0 && totals && (
        <table>
          <thead><tr>
            <th scope="col">{t('revenue.reporter')}</th><th scope="col">{t('revenue.period')}</th>
            <th scope="col">{t('revenue.receivedOn')}</th><th scope="col">{t('revenue.media')}</th>
            <th scope="col" class="num">{t('revenue.admissions')}</th><th scope="col" class="num">{t('revenue.gross')}</th>
          </tr></thead>
          <tbody>{reports.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.reporter}</th>
              <td>{date(r.periodStart)} – {date(r.periodEnd)}</td>
              <td>{date(r.receivedOn)}</td>
              <td>{[...new Set(r.lines.map((l) => `${t(`media.${l.media}`)} ${l.territory}`))].join(', ')}</td>
              <td class="num">{count(r.admissions)}</td>
              <td class="num">{money(r.total)}</td>
            </tr>))}
          </tbody>
          <tfoot><tr>
            <th scope="row" colSpan={4}>{t('revenue.total')}</th>
            <td class="num">{count(totals.admissions)}</td>
            <td class="num" data-testid="revenue-total">{money({ amount: totals.gross, currency: totals.currency })}</td>
          </tr></tfoot>
        </table>)}
      <h4>{t('revenue.overdue')}</h4>
      {overdue != null && overdue.length === 0 && <p>{t('revenue.noOverdue')}</p>}
      {overdue != null && overdue.length > 0 && (
        <ul>{overdue.map((o) => (
          <li key={o.contractId}>{o.counterpartyName} : {t('revenue.dueOn')} {date(o.dueOn)}, {t('revenue.daysOverdue', { n: o.daysOverdue })}</li>))}
        </ul>)}
    </Panel>
  );
}
