// Distribution: which premieres the film can still claim and the festival deadlines of the next 90 days as a calendar
// by week, the festival submissions, the deliverables' QC board, the media windows and the revenue reports; each panel
// shown to the roles its operation allows.
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { PremiereStatus, UpcomingDeadline } from '../api/generated/distribution-service';
import { ApiProblem } from '../api/problem';
import { date, isoDay, money } from '../format';
import { t } from '../i18n';
import { href } from '../router';
import { Loading, Panel, ProblemBox } from '../ui/components';
import { can } from '../auth/roles';
import { MediaWindows } from './MediaWindows';
import { QcBoard } from './QcBoard';
import { RevenueReports } from './RevenueReports';
import { Submissions } from './Submissions';

/** Deadlines grouped by the Monday of their week, in date order: the rows of the calendar. */
export function byWeek(deadlines: UpcomingDeadline[]): [string, UpcomingDeadline[]][] {
  const weeks = new Map<string, UpcomingDeadline[]>();
  for (const d of [...deadlines].sort((a, b) => (a.deadline?.getTime() ?? 0) - (b.deadline?.getTime() ?? 0))) {
    if (!d.deadline) continue;
    const monday = new Date(d.deadline);
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    const key = isoDay(monday);
    weeks.set(key, [...(weeks.get(key) ?? []), d]);
  }
  return [...weeks.entries()];
}

export function DistributionScreen(props: { id: string; roles: string[] }) {
  const productionId = props.id;
  const roles = props.roles;
  return (
    <div>
      <h2>{t('distribution.title')}</h2>
      <p><a href={href({ name: 'dashboard', id: productionId })}>← {t('nav.productions')}</a></p>
      {can(roles, 'distribution.premieres') && <Premieres productionId={productionId} />}
      {can(roles, 'distribution.submissions') && <Submissions productionId={productionId} />}
      {can(roles, 'distribution.deliverables') && (
        <QcBoard productionId={productionId} canMove={can(roles, 'distribution.deliverables.move')} />)}
      <MediaWindows productionId={productionId} />
      {can(roles, 'distribution.revenue') && <RevenueReports productionId={productionId} />}
    </div>
  );
}

function Premieres(props: { productionId: string }) {
  const productionId = props.productionId;
  const [status, setStatus] = useState<PremiereStatus | null>(null);
  const [deadlines, setDeadlines] = useState<UpcomingDeadline[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('distribution', () => api.distribution.premieres.getPremiereStatus({ productionId })).then(setStatus, setProblem);
    call('distribution', () => api.distribution.festivals.listUpcomingDeadlines({ withinDays: 90 }))
      .then((list) => setDeadlines(list.items), setProblem);
  }, [productionId]);
  const yesNo = (b?: boolean) => t(b ? 'yes' : 'no');
  return (
    <Panel service="distribution" title={t('distribution.premiere')} headingLevel={3}>
      <ProblemBox problem={problem} />
      {status == null && !problem ? <Loading /> : status && (
        <dl class="facts">
          <dt>{t('distribution.world')}</dt><dd>{yesNo(status.worldPremiereAvailable)}</dd>
          <dt>{t('distribution.international')}</dt><dd>{yesNo(status.internationalPremiereAvailable)}</dd>
          <dt>{t('distribution.european')}</dt><dd>{yesNo(status.europeanPremiereAvailable)}</dd>
          {(status.national ?? []).map((n) => [<dt key={`c${n.country}`}>{n.country}</dt>,
            <dd key={`v${n.country}`}>{yesNo(n.available)}</dd>])}
        </dl>)}
      <h4>{t('distribution.deadlines')}</h4>
      {deadlines != null && deadlines.length === 0 && <p>{t('distribution.noDeadline')}</p>}
      {deadlines != null && deadlines.length > 0 && (
        <table class="calendar">
          <tbody>{byWeek(deadlines).map(([monday, list]) => (
            <tr key={monday}><th scope="row">{date(monday)}</th>
              <td><ul>{list.map((d) => (
                <li key={`${d.festivalId}-${d.tier}`}>{date(d.deadline)} — {d.festival} {d.year} ({d.tier}), {money(d.fee)}
                  {' '}— J-{d.daysLeft}</li>))}</ul></td></tr>))}
          </tbody>
        </table>)}
    </Panel>
  );
}
