// The devis: a version as chapters -> accounts -> lines with their totals, lines added and changed (If-Match on the
// line: a 412 offers to reload), the percentage rules and social charges, compare with another version, XLSX.
import { useEffect, useState } from 'preact/hooks';
import { api, call, idempotencyKey, ifMatch, saveBlob } from '../api/client';
import type { Budget, BudgetLine, BudgetTemplateSummary, BudgetVersion, BudgetVersionComparison }
  from '../api/generated/budget-service';
import { ApiProblem } from '../api/problem';
import { can } from '../auth/roles';
import { money, parseDecimal, rate } from '../format';
import { currentLang, t } from '../i18n';
import { href } from '../router';
import { Field, Loading, Panel, ProblemBox } from '../ui/components';
import { devisTree, leafAccounts } from './tree';

const label = (x: { labelFr?: string; labelEn?: string }) => (currentLang() === 'en' ? x.labelEn : x.labelFr) ?? '';

export function BudgetScreen(props: { id: string; roles: string[] }) {
  const productionId = props.id;
  const [budget, setBudget] = useState<Budget | null | undefined>(undefined);
  const [versionId, setVersionId] = useState<string | null>(null);
  const [version, setVersion] = useState<BudgetVersion | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const editable = can(props.roles, 'budget.edit') && version?.version?.locked === false;

  const loadBudget = () => call('budget', () => api.budget.budgets.listBudgets({ productionId })).then((list) => {
    const first = list.items?.[0] ?? null;
    setBudget(first);
    const versions = first?.versions ?? [];
    if (versions.length > 0 && !versionId) setVersionId(versions[versions.length - 1].id!);
  }, setProblem);
  const loadVersion = () => {
    if (!budget || !versionId) return Promise.resolve();
    return call('budget', () => api.budget.budgets.getBudgetVersion({ productionId, budgetId: budget.id!, versionId }))
      .then((v) => { setVersion(v); setProblem(null); }, setProblem);
  };
  useEffect(() => { loadBudget(); }, [productionId]);
  useEffect(() => { loadVersion(); }, [budget?.id, versionId]);

  const download = () => call('budget', () => api.budget.budgets.downloadBudgetVersionXlsx({
    productionId, budgetId: budget!.id!, versionId: versionId!, lang: currentLang() }))
    .then((blob) => saveBlob(blob, 'budget.xlsx'), setProblem);

  return (
    <Panel service="budget" title={t('budget.title')}>
      <p><a href={href({ name: 'dashboard', id: productionId })}>← {t('nav.productions')}</a></p>
      <ProblemBox problem={problem} onReload={loadVersion} />
      {budget === undefined && !problem && <Loading />}
      {budget === null && can(props.roles, 'budget.edit') && <NewBudgetForm productionId={productionId} onCreated={(b) => {
        setBudget(b); setVersionId(b.versions?.[0]?.id ?? null);
      }} />}
      {budget && version && (
        <>
          <div class="toolbar">
            <Field label={t('budget.version')} value={versionId ?? ''} onInput={setVersionId}
              options={(budget.versions ?? []).map((v) => ({ value: v.id!, label: `${v.number} — ${v.label ?? v.status}` }))} />
            <button type="button" onClick={download}>{t('budget.download')}</button>
          </div>
          <p class="total" aria-live="polite">{t('budget.total')} : <strong data-testid="devis-total">{money(version.total)}</strong>
            {' '}({t('budget.subtotal')} : {money(version.subtotal)})</p>
          <DevisTable version={version} editable={editable} productionId={productionId} budgetId={budget.id!}
            onChanged={loadVersion} />
          {editable && <NewLineForm version={version} productionId={productionId} budgetId={budget.id!}
            onAdded={loadVersion} />}
          <Rules version={version} />
          {(budget.versions ?? []).length > 1 && <Compare budget={budget} versionId={versionId!} productionId={productionId} />}
        </>)}
    </Panel>
  );
}

/** A line's quantity and rate as typed ("2 800,00") -> decimal strings, or the field errors a 400 would give. */
function typedFigures(quantity: string, unitRate: string): { q: string; r: string } | ApiProblem {
  const q = parseDecimal(quantity);
  const r = parseDecimal(unitRate);
  if (q != null && r != null) return { q, r };
  return new ApiProblem(400, { errors: [...(q == null ? [{ field: 'quantity', reason: '12,5' }] : []),
    ...(r == null ? [{ field: 'rate', reason: '1 234,56' }] : [])] });
}

function NewBudgetForm(props: { productionId: string; onCreated: (b: Budget) => void }) {
  const [templates, setTemplates] = useState<BudgetTemplateSummary[]>([]);
  const [template, setTemplate] = useState('');
  const [title, setTitle] = useState('Devis de production');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('budget', () => api.budget.referenceData.listBudgetTemplates()).then((list) => {
      setTemplates(list.items ?? []);
      setTemplate(list.items?.[0]?.code ?? '');
    }, setProblem);
  }, []);
  const submit = (e: Event) => {
    e.preventDefault();
    call('budget', () => api.budget.budgets.createBudget({ productionId: props.productionId,
      newBudget: { templateCode: template, title }, idempotencyKey: idempotencyKey() }))
      .then(props.onCreated, setProblem);
  };
  return (
    <form onSubmit={submit}>
      <Field label={t('budget.template')} value={template} onInput={setTemplate}
        options={templates.map((x) => ({ value: x.code!, label: `${x.code} — ${label(x)}` }))} />
      <Field label={t('budget.label')} value={title} onInput={setTitle} error={problem?.fieldErrors.title} />
      <ProblemBox problem={problem} />
      {/* enabled once the templates are there: a click before would send no template */}
      <button type="submit" disabled={!template}>{t('budget.create')}</button>
    </form>
  );
}

function DevisTable(props: { version: BudgetVersion; editable: boolean; productionId: string; budgetId: string;
  onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <table class="devis">
      <caption>{t('budget.title')}</caption>
      <thead><tr>
        <th scope="col">{t('budget.account')}</th><th scope="col">{t('budget.line')}</th>
        <th scope="col" class="num">{t('budget.quantity')}</th><th scope="col" class="num">{t('budget.rate')}</th>
        <th scope="col" class="num">{t('budget.amount')}</th><th scope="col" class="num">{t('budget.fringe')}</th>
        <th scope="col"><span class="sr-only">{t('budget.edit')}</span></th>
      </tr></thead>
      {devisTree(props.version).map(({ chapter, accounts }) => (
        <tbody key={chapter.code}>
          <tr class="chapter"><th scope="rowgroup" colSpan={4}>{chapter.code} — {label(chapter)}</th>
            <td class="num">{money(chapter.total)}</td><td colSpan={2} /></tr>
          {accounts.map(({ account, lines }) => [
            <tr key={account.code} class={`account level${account.level ?? 1}`}>
              <th scope="row" colSpan={4}>{account.code} — {label(account)}</th>
              <td class="num">{money(account.total)}</td><td colSpan={2} /></tr>,
            ...lines.map((line) => editing === line.id
              ? <LineEditor key={line.id} line={line} {...props} onDone={(changed) => {
                setEditing(null); if (changed) props.onChanged();
              }} />
              : (
                <tr key={line.id}>
                  <td>{line.accountCode}</td><td>{line.label}</td><td class="num">{line.quantity} {line.unit ?? ''}</td>
                  <td class="num">{money(line.rate)}</td><td class="num">{money(line.amount)}</td>
                  <td class="num">{money(line.fringe)} ({rate(line.fringeRate)})</td>
                  <td>{props.editable && <button type="button" onClick={() => setEditing(line.id!)}
                    aria-label={`${t('budget.edit')} : ${line.label}`}>{t('budget.edit')}</button>}</td>
                </tr>)),
          ])}
        </tbody>))}
    </table>
  );
}

function LineEditor(props: { line: BudgetLine; productionId: string; budgetId: string; version: BudgetVersion;
  onDone: (changed: boolean) => void }) {
  const { line } = props;
  const [labelText, setLabel] = useState(line.label ?? '');
  const [quantity, setQuantity] = useState(line.quantity ?? '1');
  const [unitRate, setRate] = useState(line.rate?.amount ?? '0');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const save = (e: Event) => {
    e.preventDefault();
    const typed = typedFigures(quantity, unitRate);
    if (typed instanceof ApiProblem) {
      setProblem(typed);
      return;
    }
    const { q, r } = typed;
    call('budget', () => api.budget.budgets.updateBudgetLine({
      productionId: props.productionId, budgetId: props.budgetId, versionId: props.version.version!.id!,
      lineId: line.id!, ifMatch: ifMatch(line.version),
      budgetLineInput: { accountCode: line.accountCode!, label: labelText, quantity: q, rate: r,
        currency: line.rate?.currency ?? 'EUR', exchangeRate: line.exchangeRate, unit: line.unit,
        spentInFrance: line.spentInFrance, fringeCategory: line.fringeCategory, note: line.note },
    })).then(() => props.onDone(true), setProblem);
  };
  return (
    <tr class="editing">
      <td colSpan={7}>
        <form onSubmit={save} class="inline">
          <Field label={t('budget.label')} value={labelText} onInput={setLabel} error={problem?.fieldErrors.label} />
          <Field label={t('budget.quantity')} value={quantity} onInput={setQuantity} inputMode="decimal" maxLength={30}
            error={problem?.fieldErrors.quantity} />
          <Field label={t('budget.rate')} value={unitRate} onInput={setRate} inputMode="decimal" maxLength={30}
            error={problem?.fieldErrors.rate} />
          <button type="submit">{t('budget.save')}</button>
          <button type="button" onClick={() => props.onDone(false)}>{t('budget.cancel')}</button>
          <ProblemBox problem={problem} onReload={() => props.onDone(true)} />
        </form>
      </td>
    </tr>
  );
}

function NewLineForm(props: { version: BudgetVersion; productionId: string; budgetId: string; onAdded: () => void }) {
  const accounts = leafAccounts(props.version);
  const [account, setAccount] = useState(accounts[0]?.code ?? '');
  const [labelText, setLabel] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [unitRate, setRate] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const typed = typedFigures(quantity, unitRate);
    if (typed instanceof ApiProblem) {
      setProblem(typed);
      return;
    }
    const { q, r } = typed;
    call('budget', () => api.budget.budgets.addBudgetLine({
      productionId: props.productionId, budgetId: props.budgetId, versionId: props.version.version!.id!,
      idempotencyKey: idempotencyKey(),
      budgetLineInput: { accountCode: account, label: labelText || null, quantity: q, rate: r, currency: 'EUR' },
    })).then(() => { setLabel(''); setRate(''); setQuantity('1'); setProblem(null); props.onAdded(); }, setProblem);
  };
  return (
    <form onSubmit={submit} aria-label={t('budget.addLine')}>
      <h3>{t('budget.addLine')}</h3>
      <Field label={t('budget.account')} value={account} onInput={setAccount} error={problem?.fieldErrors.accountCode}
        options={accounts.map((a) => ({ value: a.code!, label: `${a.code} — ${label(a)}` }))} />
      <Field label={t('budget.label')} value={labelText} onInput={setLabel} error={problem?.fieldErrors.label} />
      <Field label={t('budget.quantity')} value={quantity} onInput={setQuantity} inputMode="decimal" maxLength={30}
        error={problem?.fieldErrors.quantity} />
      <Field label={t('budget.rate')} value={unitRate} onInput={setRate} inputMode="decimal" maxLength={30}
        error={problem?.fieldErrors.rate} />
      <ProblemBox problem={problem} />
      <button type="submit">{t('budget.addLine')}</button>
    </form>
  );
}

function Rules(props: { version: BudgetVersion }) {
  const rules = props.version.rules ?? [];
  const warnings = props.version.warnings ?? [];
  return (
    <>
      <h3>{t('budget.rules')}</h3>
      <table>
        <thead><tr><th scope="col">{t('budget.label')}</th><th scope="col" class="num">{t('budget.fringeRate')}</th>
          <th scope="col" class="num">{t('costs.budget')}</th><th scope="col" class="num">{t('budget.amount')}</th></tr></thead>
        <tbody>{rules.map((r) => (
          <tr key={r.code}><td>{label(r)}</td><td class="num">{rate(r.rate)}</td><td class="num">{money(r.base)}</td>
            <td class="num">{money(r.amount)}</td></tr>))}
        </tbody>
      </table>
      {warnings.length > 0 && (<><h3>{t('budget.warnings')}</h3>
        <ul>{warnings.map((w) => <li key={w.code}>{w.message}</li>)}</ul></>)}
    </>
  );
}

function Compare(props: { budget: Budget; versionId: string; productionId: string }) {
  const others = (props.budget.versions ?? []).filter((v) => v.id !== props.versionId);
  const [against, setAgainst] = useState(others[0]?.id ?? '');
  const [comparison, setComparison] = useState<BudgetVersionComparison | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    if (!against) return;
    call('budget', () => api.budget.budgets.compareBudgetVersions({ productionId: props.productionId,
      budgetId: props.budget.id!, versionId: props.versionId, against })).then(setComparison, setProblem);
  }, [against, props.versionId]);
  return (
    <>
      <h3>{t('budget.compare')}</h3>
      <Field label={t('budget.compare')} value={against} onInput={setAgainst}
        options={others.map((v) => ({ value: v.id!, label: String(v.number) }))} />
      <ProblemBox problem={problem} />
      {comparison && (
        <table>
          <thead><tr><th scope="col">{t('budget.chapter')}</th><th scope="col" class="num">{comparison.fromNumber}</th>
            <th scope="col" class="num">{comparison.toNumber}</th><th scope="col" class="num">Δ</th></tr></thead>
          <tbody>{(comparison.chapters ?? []).map((c) => (
            <tr key={c.code}><td>{c.code} — {label(c)}</td><td class="num">{money(c.before)}</td>
              <td class="num">{money(c.after)}</td><td class="num">{money(c.delta)}</td></tr>))}
          </tbody>
        </table>)}
    </>
  );
}
