// Crew: the production's contracts, DPAE alerts, a week's timesheet that shows the computed pay line by line with
// the rule behind each premium (the pay item's code, CCN 3097), and the month's payroll inputs download.
import { useEffect, useState } from 'preact/hooks';
import { api, call, idempotencyKey, saveBlob } from '../api/client';
import type { Contract, DpaeAlert, Timesheet } from '../api/generated/crew-service';
import { ApiProblem } from '../api/problem';
import { can } from '../auth/roles';
import { addDays, date, localDate, localDateTime, money } from '../format';
import { t } from '../i18n';
import { href } from '../router';
import { Field, Loading, Panel, ProblemBox } from '../ui/components';
import { PeoplePanel } from './People';

export function CrewScreen(props: { id: string; roles: string[] }) {
  const productionId = props.id;
  const [contracts, setContracts] = useState<Contract[] | null>(null);
  const [alerts, setAlerts] = useState<DpaeAlert[]>([]);
  const [selected, setSelected] = useState<string>('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [month, setMonth] = useState('2027-03');
  useEffect(() => {
    call('crew', () => api.crew.contracts.listContracts({ productionId, size: 100 })).then((page) => {
      setContracts(page.items ?? []);
      setSelected(page.items?.find((c) => c.status === 'SIGNED')?.id ?? '');
    }, setProblem);
    call('crew', () => api.crew.dpae.listDpaeAlerts({ productionId })).then((list) => setAlerts(list.items), () => undefined);
  }, [productionId]);
  const download = () => call('crew', () => api.crew.payrollInputs.downloadPayrollInputsCsv({ productionId, period: month }))
    .then((csv) => saveBlob(new Blob([csv], { type: 'text/csv' }), `payroll-inputs-${month}.csv`), setProblem);
  const signed = (contracts ?? []).filter((c) => c.status === 'SIGNED');
  return (
    <Panel service="crew" title={t('crew.title')}>
      <p><a href={href({ name: 'dashboard', id: productionId })}>← {t('nav.productions')}</a></p>
      <ProblemBox problem={problem} />
      {contracts == null && !problem ? <Loading /> : (
        <table>
          <caption>{t('crew.contracts')}</caption>
          <thead><tr><th scope="col">{t('crew.position')}</th><th scope="col">{t('crew.status')}</th>
            <th scope="col">{t('crew.startDate')}</th><th scope="col" class="num">{t('crew.rate')}</th></tr></thead>
          <tbody>{(contracts ?? []).map((c) => (
            <tr key={c.id}><td>{c.positionCode}</td><td>{t(`contract.${c.status}`)}</td><td>{date(c.startDate)}</td>
              <td class="num">{money(c.rate)}</td></tr>))}</tbody>
        </table>)}
      <h3>{t('crew.dpae')}</h3>
      {alerts.length === 0 ? <p>{t('crew.noDpae')}</p> : (
        <ul>{alerts.map((a) => <li key={a.contractId}>{a.employeeNumber} — {date(a.startDate)} {a.firstHour} — {a.dpaeStatus ?? '—'}</li>)}</ul>)}
      <div class="toolbar">
        <Field label={t('crew.month')} type="month" value={month} onInput={setMonth} />
        <button type="button" onClick={download}>{t('crew.payrollInputs')}</button>
      </div>
      {can(props.roles, 'crew.edit') && signed.length > 0 && (
        <>
          <Field label={t('crew.contracts')} value={selected} onInput={setSelected}
            options={signed.map((c) => ({ value: c.id!, label: `${c.positionCode} — ${money(c.rate)}` }))} />
          {selected && <TimesheetEntry key={selected} productionId={productionId}
            contract={signed.find((c) => c.id === selected)!} />}
        </>)}
      {can(props.roles, 'people.view') && <PeoplePanel />}
    </Panel>
  );
}

interface DayDraft { date: string; start: string; end: string; meal: string }

function weekOf(first: string): DayDraft[] {
  return Array.from({ length: 7 }, (_, i) => ({ date: addDays(first, i), start: '', end: '', meal: '60' }));
}

/** End before start means the work went past midnight (a night shoot): it ends the next morning. */
export function dayInput(day: DayDraft) {
  if (!day.start || !day.end) return null;
  const endDay = day.end <= day.start ? addDays(day.date, 1) : day.date;
  return {
    date: localDate(day.date), start: localDateTime(day.date, day.start), end: localDateTime(endDay, day.end),
    mealBreakMinutes: Number(day.meal || '0'),
  };
}

function TimesheetEntry(props: { productionId: string; contract: Contract }) {
  const [weekStart, setWeekStart] = useState('2027-03-10');
  const [days, setDays] = useState<DayDraft[]>(weekOf('2027-03-10'));
  const [sheet, setSheet] = useState<Timesheet | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const changeWeek = (first: string) => { setWeekStart(first); if (first) setDays(weekOf(first)); };
  const setDay = (i: number, field: keyof DayDraft) => (value: string) =>
    setDays(days.map((d, j) => (j === i ? { ...d, [field]: value } : d)));
  const submit = (e: Event) => {
    e.preventDefault();
    setProblem(null);
    const worked = days.map(dayInput).filter((d) => d != null);
    call('crew', () => api.crew.timesheets.submitTimesheet({
      productionId: props.productionId, contractId: props.contract.id!, idempotencyKey: idempotencyKey(),
      newTimesheet: { weekStart: localDate(weekStart), days: worked },
    })).then(setSheet, setProblem);
  };
  return (
    <form onSubmit={submit} aria-label={t('crew.timesheet')}>
      <h3>{t('crew.timesheet')}</h3>
      <Field label={t('crew.weekStart')} type="date" value={weekStart} onInput={changeWeek} />
      <table>
        <thead><tr><th scope="col">{t('crew.day')}</th><th scope="col">{t('crew.start')}</th>
          <th scope="col">{t('crew.end')}</th><th scope="col">{t('crew.meal')}</th></tr></thead>
        <tbody>{days.map((d, i) => (
          <tr key={d.date}>
            <th scope="row">{date(d.date)}</th>
            <td><input type="time" step={900} value={d.start} aria-label={`${t('crew.start')} ${date(d.date)}`}
              onInput={(e) => setDay(i, 'start')((e.target as HTMLInputElement).value)} /></td>
            <td><input type="time" step={900} value={d.end} aria-label={`${t('crew.end')} ${date(d.date)}`}
              onInput={(e) => setDay(i, 'end')((e.target as HTMLInputElement).value)} /></td>
            <td><input type="number" min={0} max={240} step={15} value={d.meal} aria-label={`${t('crew.meal')} ${date(d.date)}`}
              onInput={(e) => setDay(i, 'meal')((e.target as HTMLInputElement).value)} /></td>
          </tr>))}</tbody>
      </table>
      <ProblemBox problem={problem} />
      <button type="submit">{t('crew.submit')}</button>
      {sheet && (
        <section aria-label={t('crew.computed')}>
          <h4>{t('crew.computed')}</h4>
          <p>{t('crew.hours')} : {sheet.hours} — {t('crew.gross')} : <strong>{money(sheet.gross)}</strong></p>
          <table>
            <thead><tr><th scope="col">{t('crew.item')}</th><th scope="col">{t('crew.rule')}</th>
              <th scope="col" class="num">{t('crew.quantity')}</th><th scope="col" class="num">{t('crew.amount')}</th></tr></thead>
            <tbody>{(sheet.lines ?? []).map((l) => (
              <tr key={`${l.item}-${l.code}`}><td>{t(`pay.${l.item}`)}</td><td>{l.code}</td>
                <td class="num">{l.quantity}</td><td class="num">{money(l.amount)}</td></tr>))}</tbody>
          </table>
        </section>)}
    </form>
  );
}
