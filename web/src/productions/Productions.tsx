import { useEffect, useState } from 'preact/hooks';
import { api, call, idempotencyKey, ifMatch } from '../api/client';
import type { Production, ProductionKind } from '../api/generated/budget-service';
import { ApiProblem } from '../api/problem';
import { can } from '../auth/roles';
import { date, localDate, isoDay, money, parseDecimal } from '../format';
import { t } from '../i18n';
import { go, href } from '../router';
import { Field, Loading, Panel, ProblemBox } from '../ui/components';

const SORTS = ['-createdAt', 'title', 'plannedShootingStart', 'status'] as const;

/** The productions as budget-service finds and orders them (q: title search, accents and case ignored; sort). */
export function ProductionList(props: { roles: string[] }) {
  const [items, setItems] = useState<Production[] | null>(null);
  const [total, setTotal] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<string>('-createdAt');
  useEffect(() => {
    let current = true;
    // a pause in the typing, not every keystroke, asks the service
    const timer = setTimeout(() => {
      const q = query.trim();
      call('budget', () => api.budget.productions.listProductions({ q: q === '' ? undefined : q, sort, size: 50 }))
        .then((page) => { if (current) { setItems(page.items); setTotal(page.totalItems); setProblem(null); } },
          (p) => { if (current) setProblem(p); });
    }, query === '' ? 0 : 250);
    return () => { current = false; clearTimeout(timer); };
  }, [query, sort]);
  const shown = items ?? [];
  return (
    <Panel service="budget" title={t('productions.title')}>
      <div class="toolbar">
        <div class="field">
          <label for="production-search">{t('productions.search')}</label>
          <input id="production-search" type="search" value={query} maxLength={100}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        </div>
        <Field label={t('productions.sort')} value={sort} onInput={setSort}
          options={SORTS.map((s) => ({ value: s, label: t(`productions.sort.${s}`) }))} />
        {can(props.roles, 'productions.edit') && <a class="button" href={href({ name: 'newProduction' })}>{t('productions.new')}</a>}
      </div>
      <ProblemBox problem={problem} />
      {items == null && !problem ? <Loading /> : (
        <>
          <p role="status">{t('productions.count', { n: total })}</p>
          {shown.length === 0 ? <p>{t('productions.none')}</p> : (
            <table>
              <thead><tr>
                <th scope="col">{t('production.title')}</th><th scope="col">{t('production.kind')}</th>
                <th scope="col">{t('production.status')}</th><th scope="col">{t('production.shootingStart')}</th>
                <th scope="col" class="num">{t('production.estimatedBudget')}</th>
              </tr></thead>
              <tbody>{shown.map((p) => (
                <tr key={p.id}>
                  <td><a href={href({ name: 'dashboard', id: p.id })}>{p.title}</a></td>
                  <td>{t(`kind.${p.kind}`)}</td><td>{t(`status.${p.status}`)}</td>
                  <td>{date(p.plannedShootingStart)}</td><td class="num">{money(p.estimatedBudget)}</td>
                </tr>))}
              </tbody>
            </table>)}
        </>)}
    </Panel>
  );
}

interface Draft {
  title: string; originalTitle: string; kind: string; producer: string; siret: string; budget: string;
  start: string; end: string;
}

const KINDS: ProductionKind[] = ['FEATURE_FILM', 'SHORT_FILM', 'TV_SERIES', 'DOCUMENTARY', 'ANIMATION'];

function draftOf(p?: Production): Draft {
  return {
    title: p?.title ?? '', originalTitle: p?.originalTitle ?? '', kind: p?.kind ?? 'FEATURE_FILM',
    producer: p?.delegatedProducer?.name ?? '', siret: p?.delegatedProducer?.siret ?? '',
    budget: p?.estimatedBudget?.amount ?? '',
    start: p?.plannedShootingStart ? isoDay(p.plannedShootingStart) : '',
    end: p?.plannedShootingEnd ? isoDay(p.plannedShootingEnd) : '',
  };
}

/** Creates a production, or changes one under If-Match (a 412 offers to reload what someone else saved). */
export function ProductionForm(props: { id?: string }) {
  const [original, setOriginal] = useState<Production | null>(null);
  const [draft, setDraft] = useState<Draft>(draftOf());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () => {
    if (!props.id) return;
    setProblem(null);
    call('budget', () => api.budget.productions.getProduction({ productionId: props.id! }))
      .then((p) => { setOriginal(p); setDraft(draftOf(p)); }, setProblem);
  };
  useEffect(load, [props.id]);
  const set = (field: keyof Draft) => (value: string) => setDraft({ ...draft, [field]: value });
  const err = (field: string) => problem?.fieldErrors[field];
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    const amount = draft.budget.trim() === '' ? null : parseDecimal(draft.budget);
    const fields = {
      title: draft.title, originalTitle: draft.originalTitle || null, kind: draft.kind as ProductionKind,
      delegatedProducer: { name: draft.producer, siret: draft.siret },
      estimatedBudget: amount == null ? null : { amount, currency: 'EUR' },
      plannedShootingStart: draft.start ? localDate(draft.start) : null,
      plannedShootingEnd: draft.end ? localDate(draft.end) : null,
    };
    try {
      if (draft.budget.trim() !== '' && amount == null) {
        throw new ApiProblem(400, { errors: [{ field: 'estimatedBudget.amount', reason: '1 234,56' }] });
      }
      const saved = props.id
        ? await call('budget', () => api.budget.productions.updateProduction({
          productionId: props.id!, ifMatch: ifMatch(original?.version), productionPatch: fields }))
        : await call('budget', () => api.budget.productions.createProduction({
          newProduction: { ...fields, originalLanguages: ['fr'] }, idempotencyKey: idempotencyKey() }));
      go({ name: 'dashboard', id: saved.id! });
    } catch (failure) {
      setProblem(failure as ApiProblem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Panel service="budget" title={props.id ? `${t('production.edit')} : ${original?.title ?? ''}` : t('productions.new')}>
      <form onSubmit={submit} noValidate>
        <Field label={t('production.title')} value={draft.title} onInput={set('title')} required error={err('title')} />
        <Field label={t('production.originalTitle')} value={draft.originalTitle} onInput={set('originalTitle')}
          error={err('originalTitle')} />
        <Field label={t('production.kind')} value={draft.kind} onInput={set('kind')}
          options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        <Field label={t('production.producer')} value={draft.producer} onInput={set('producer')} required
          error={err('delegatedProducer.name')} />
        <Field label={t('production.siret')} value={draft.siret} onInput={set('siret')} required maxLength={20}
          error={err('delegatedProducer.siret')} inputMode="numeric" />
        <Field label={t('production.estimatedBudget')} value={draft.budget} onInput={set('budget')} inputMode="decimal"
          error={err('estimatedBudget.amount')} maxLength={30} />
        <Field label={t('production.shootingStart')} type="date" value={draft.start} onInput={set('start')}
          error={err('plannedShootingStart')} />
        <Field label={t('production.shootingEnd')} type="date" value={draft.end} onInput={set('end')}
          error={err('plannedShootingEnd')} />
        <ProblemBox problem={problem} onReload={load} />
        <button type="submit" disabled={busy}>{props.id ? t('production.save') : t('production.create')}</button>
      </form>
    </Panel>
  );
}
