// Who works on this production, with which roles: the producer grants, changes (If-Match) and revokes; every other
// role reads. Users with a grant on every production are not listed here (budget-service /company-members).
import { useEffect, useState } from 'preact/hooks';
import { api, call, ifMatch } from '../api/client';
import type { ProductionMember } from '../api/generated/budget-service';
import { ApiProblem } from '../api/problem';
import { PRODUCTION_SCOPED } from '../auth/membership';
import { date } from '../format';
import { t } from '../i18n';
import { Field, Loading, Panel, ProblemBox } from '../ui/components';

function RoleChoice(props: { legend: string; value: string[]; onChange: (roles: string[]) => void }) {
  return (
    <fieldset class="roles">
      <legend>{props.legend}</legend>
      {PRODUCTION_SCOPED.map((r) => (
        <label key={r} class="check"><input type="checkbox" checked={props.value.includes(r)}
          onChange={(e) => props.onChange((e.target as HTMLInputElement).checked
            ? [...props.value, r] : props.value.filter((x) => x !== r))} /> {t(`role.${r}`)}</label>))}
    </fieldset>
  );
}

export function Members(props: { productionId: string; canManage: boolean; onMembers?: (members: ProductionMember[]) => void }) {
  const productionId = props.productionId;
  const [members, setMembers] = useState<ProductionMember[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [user, setUser] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [editing, setEditing] = useState<{ id: string; roles: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () => {
    setProblem(null);
    return call('budget', () => api.budget.membership.listProductionMembers({ productionId, size: 200 }))
      .then((page) => { setMembers(page.items); props.onMembers?.(page.items); }, setProblem);
  };
  useEffect(() => { load(); }, [productionId]);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      await load();
      return true;
    } catch (failure) {
      setProblem(failure as ApiProblem);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const grant = async (e: Event) => {
    e.preventDefault();
    if (await run(() => call('budget', () => api.budget.membership.addProductionMember({
      productionId, productionMemberInput: { user: user.trim(), roles } })))) {
      setUser('');
      setRoles([]);
    }
  };
  const change = (m: ProductionMember, next: string[]) => run(() => call('budget', () => api.budget.membership
    .changeProductionMemberRoles({ productionId, memberId: m.id, ifMatch: ifMatch(m.version), productionMemberRoles: { roles: next } })))
    .then((ok) => { if (ok) setEditing(null); });
  const revoke = (m: ProductionMember) => run(() => call('budget', () => api.budget.membership.removeProductionMember({
    productionId, memberId: m.id, ifMatch: ifMatch(m.version) })));
  return (
    <Panel service="budget" title={t('members.title')} headingLevel={3}>
      <ProblemBox problem={problem} onReload={load} />
      {members == null && !problem && <Loading />}
      {members != null && members.length === 0 && <p>{t('members.none')}</p>}
      {members != null && members.length > 0 && (
        <table>
          <thead><tr><th scope="col">{t('members.user')}</th><th scope="col">{t('members.roles')}</th>
            <th scope="col">{t('members.since')}</th>{props.canManage && <th scope="col"><span class="sr-only">{t('members.actions')}</span></th>}</tr></thead>
          <tbody>{members.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.user}</th>
              <td>{editing?.id === m.id
                ? <RoleChoice legend={t('members.rolesOf', { user: m.user })} value={editing.roles}
                  onChange={(r) => setEditing({ id: m.id, roles: r })} />
                : m.roles.map((r) => t(`role.${r}`)).join(', ')}</td>
              <td>{date(m.updatedAt)}{m.grantedBy ? ` (${m.grantedBy})` : ''}</td>
              {props.canManage && (
                <td class="actions">{editing?.id === m.id ? (
                  <>
                    <button type="button" disabled={busy || editing.roles.length === 0} onClick={() => change(m, editing.roles)}>
                      {t('members.save')}</button>
                    <button type="button" onClick={() => setEditing(null)}>{t('members.cancel')}</button>
                  </>) : (
                  <>
                    <button type="button" aria-label={`${t('members.change')} : ${m.user}`}
                      onClick={() => setEditing({ id: m.id, roles: [...m.roles] })}>{t('members.change')}</button>
                    <button type="button" disabled={busy} aria-label={`${t('members.revoke')} : ${m.user}`}
                      onClick={() => revoke(m)}>{t('members.revoke')}</button>
                  </>)}
                </td>)}
            </tr>))}
          </tbody>
        </table>)}
      {props.canManage && (
        <form onSubmit={grant} aria-label={t('members.grant')} noValidate>
          <Field label={t('members.user')} value={user} onInput={setUser} required error={problem?.fieldErrors.user} />
          <RoleChoice legend={t('members.roles')} value={roles} onChange={setRoles} />
          <button type="submit" disabled={busy || user.trim() === '' || roles.length === 0}>{t('members.grant')}</button>
        </form>)}
    </Panel>
  );
}
