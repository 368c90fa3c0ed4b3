// The forecast carbon footprint (bilan prévisionnel) by category of the CNC-approved calculators, in tonnes of CO2e.
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { CarbonStatement } from '../api/generated/budget-service';
import { ApiProblem } from '../api/problem';
import { date, quantity } from '../format';
import { currentLang, t } from '../i18n';
import { Loading, Panel, ProblemBox } from '../ui/components';

export function Carbon(props: { productionId: string }) {
  const [statement, setStatement] = useState<CarbonStatement | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('budget', () => api.budget.carbon.getCarbonForecast({ productionId: props.productionId })).then(setStatement, setProblem);
  }, [props.productionId]);
  return (
    <Panel service="budget" title={t('carbon.title')} headingLevel={3}>
      {problem?.kind === 'rule' ? <p>{t('carbon.noVersion')}</p> : <ProblemBox problem={problem} />}
      {!statement && !problem && <Loading />}
      {statement && (
        <>
          <p>{t('carbon.factorsOn', { date: date(statement.factorsOn) })}</p>
          <table>
            <thead><tr><th scope="col">{t('carbon.category')}</th><th scope="col" class="num">{t('carbon.tonnes')}</th></tr></thead>
            <tbody>{statement.categories.map((c) => (
              <tr key={c.category}><th scope="row">{currentLang() === 'en' ? c.labelEn : c.labelFr}</th>
                <td class="num">{quantity(c.tonnesCo2e)}</td></tr>))}
            </tbody>
            <tfoot><tr><th scope="row">{t('carbon.total')}</th><td class="num">{quantity(statement.totalTonnesCo2e)}</td></tr></tfoot>
          </table>
          {statement.warnings.length > 0 && <ul>{statement.warnings.map((w) => <li key={w.code + w.message}>{w.message}</li>)}</ul>}
        </>)}
    </Panel>
  );
}
