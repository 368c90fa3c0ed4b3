// One production's dashboard: each area in its own panel, loaded independently, so a service that is down greys out
// its panel while the others show their figures. A panel shows when the roles the user acts with on this production
// allow it (the membership narrows a production-scoped user's token roles) and hides when its service refuses it.
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { Production, ProductionMember } from '../api/generated/budget-service';
import { ApiProblem } from '../api/problem';
import { effectiveRoles } from '../auth/membership';
import { can, type Capability } from '../auth/roles';
import { session } from '../auth/session';
import { Members } from './Members';
import { date, money } from '../format';
import { t } from '../i18n';
import { href, type Route } from '../router';
import { Loading, Panel, ProblemBox } from '../ui/components';

interface Summary {
  budget?: { total: string; version: number } | null;
  contracts?: number;
  waterfalls?: number;
  world?: boolean;
}

export function Dashboard(props: { id: string; roles: string[] }) {
  const [production, setProduction] = useState<Production | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [summary, setSummary] = useState<Summary>({});
  const [pending, setPending] = useState(1);
  const [members, setMembers] = useState<ProductionMember[] | null>(null);
  const [denied, setDenied] = useState<string[]>([]);
  const id = props.id;
  const roles = effectiveRoles(props.roles, session.get()?.user ?? '', members);
  const refused = (area: string) => (p: ApiProblem) => {
    if (p.kind === 'forbidden' || p.kind === 'notFound') setDenied((d) => [...d, area]);
  };
  const show = (area: string, capability: Capability) => can(roles, capability) && !denied.includes(area);
  useEffect(() => {
    const merge = (part: Summary) => setSummary((s) => ({ ...s, ...part }));
    const tasks: Promise<unknown>[] = [
      call('budget', () => api.budget.productions.getProduction({ productionId: id })).then(setProduction, setProblem),
    ];
    if (can(props.roles, 'budget.view')) {
      tasks.push(call('budget', () => api.budget.budgets.listBudgets({ productionId: id })).then((list) => {
        const versions = list.items?.[0]?.versions ?? [];
        const latest = versions[versions.length - 1];
        merge({ budget: latest ? { total: money(latest.total), version: latest.number ?? 1 } : null });
      }, refused('budget')));
    }
    if (can(props.roles, 'crew.view')) {
      tasks.push(call('crew', () => api.crew.contracts.listContracts({ productionId: id, size: 1 }))
        .then((page) => merge({ contracts: page.totalItems ?? 0 }), refused('crew')));
    }
    if (can(props.roles, 'rights.view')) {
      tasks.push(call('rights', () => api.rights.waterfalls.listWaterfallVersions({ productionId: id }))
        .then((list) => merge({ waterfalls: list.items?.length ?? 0 }), refused('rights')));
    }
    if (can(props.roles, 'distribution.premieres')) {
      tasks.push(call('distribution', () => api.distribution.premieres.getPremiereStatus({ productionId: id }))
        .then((s) => merge({ world: s.worldPremiereAvailable ?? false }), refused('distribution')));
    }
    setPending(tasks.length);
    Promise.allSettled(tasks).then(() => setPending(0));
  }, [id]);
  const area = (name: Route['name']) => href({ name, id } as Route);
  return (
    <div aria-busy={pending > 0} data-testid="dashboard">
      <Panel service="budget" title={production?.title ?? t('loading')}>
        <ProblemBox problem={problem} />
        {production ? (
          <dl class="facts">
            <dt>{t('production.kind')}</dt><dd>{t(`kind.${production.kind}`)}</dd>
            <dt>{t('production.status')}</dt><dd>{t(`status.${production.status}`)}</dd>
            <dt>{t('production.producer')}</dt><dd>{production.delegatedProducer?.name}</dd>
            <dt>{t('production.shootingStart')}</dt><dd>{date(production.plannedShootingStart)}</dd>
            <dt>{t('production.shootingEnd')}</dt><dd>{date(production.plannedShootingEnd)}</dd>
            <dt>{t('production.estimatedBudget')}</dt><dd>{money(production.estimatedBudget)}</dd>
          </dl>) : !problem && <Loading />}
        {can(roles, 'productions.edit') && <a href={area('editProduction')}>{t('production.edit')}</a>}
      </Panel>
      <div class="grid">
        {show('budget', 'budget.view') && (
          <Panel service="budget" title={t('dashboard.budget')} headingLevel={3}>
            <p>{summary.budget === undefined ? t('loading') : summary.budget === null ? t('dashboard.noBudget')
              : `${t('budget.version')} ${summary.budget.version} — ${t('budget.total')} ${summary.budget.total}`}</p>
            <a href={area('budget')}>{t('dashboard.open')} : {t('dashboard.budget')}</a>
          </Panel>)}
        {show('costs', 'costs.view') && (
          <Panel service="budget" title={t('dashboard.costs')} headingLevel={3}>
            <a href={area('costs')}>{t('dashboard.open')} : {t('dashboard.costs')}</a>
          </Panel>)}
        {show('financing', 'financing.view') && (
          <Panel service="budget" title={t('dashboard.financing')} headingLevel={3}>
            <a href={area('financing')}>{t('dashboard.open')} : {t('dashboard.financing')}</a>
          </Panel>)}
        {show('crew', 'crew.view') && (
          <Panel service="crew" title={t('dashboard.crew')} headingLevel={3}>
            <p>{t('crew.contracts')} : {summary.contracts ?? '…'}</p>
            <a href={area('crew')}>{t('dashboard.open')} : {t('dashboard.crew')}</a>
          </Panel>)}
        {show('rights', 'rights.view') && (
          <Panel service="rights" title={t('dashboard.rights')} headingLevel={3}>
            <p>{t('rights.waterfalls')} : {summary.waterfalls ?? '…'}</p>
            <a href={area('rights')}>{t('dashboard.open')} : {t('dashboard.rights')}</a>
          </Panel>)}
        {show('distribution', 'distribution.view') && (
          <Panel service="distribution" title={t('dashboard.distribution')} headingLevel={3}>
            {can(roles, 'distribution.premieres') && (
              <p>{t('distribution.world')} : {summary.world === undefined ? '…' : t(summary.world ? 'yes' : 'no')}</p>)}
            <a href={area('distribution')}>{t('dashboard.open')} : {t('dashboard.distribution')}</a>
          </Panel>)}
      </div>
      {production && can(roles, 'members.view') && (
        <Members productionId={id} canManage={can(roles, 'members.manage')} onMembers={setMembers} />)}
    </div>
  );
}
