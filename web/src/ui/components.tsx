// The few building blocks every screen uses: a panel that greys out when its service is down, a problem shown in
// plain words (with the reload offer of a 412), a labelled field with its error beside it, and a chart.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Chart, type ChartConfiguration } from 'chart.js/auto';
import { serviceUp, type Service } from '../api/client';
import type { ApiProblem } from '../api/problem';
import { t } from '../i18n';
import { useStore } from '../store';

export function Panel(props: { service: Service; title: string; children: ComponentChildren; headingLevel?: 2 | 3 }) {
  const up = useStore(serviceUp[props.service]);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class={up ? 'panel' : 'panel down'} aria-label={props.title} aria-disabled={!up}>
      <Heading>{props.title}</Heading>
      {!up && <p role="status" class="down-note">{t('service.down')} ({t(`service.${props.service}`)})</p>}
      <div inert={!up}>{props.children}</div>
    </section>
  );
}

export function ProblemBox(props: { problem: ApiProblem | null; onReload?: () => void }) {
  const p = props.problem;
  if (!p) return null;
  return (
    <div role="alert" class="problem">
      <strong>{t('error.title')}</strong>
      <p>{p.summary}</p>
      {Object.entries(p.fieldErrors).length > 0 && (
        <ul>{Object.entries(p.fieldErrors).map(([f, reason]) => <li key={f}>{f} : {reason}</li>)}</ul>
      )}
      {p.kind === 'stale' && props.onReload && (
        <button type="button" onClick={props.onReload}>{t('error.reload')}</button>
      )}
    </div>
  );
}

let fieldIds = 0;

export function Field(props: {
  label: string; value: string; onInput: (value: string) => void; error?: string; type?: string;
  required?: boolean; options?: { value: string; label: string }[]; inputMode?: 'decimal' | 'numeric';
  maxLength?: number;
}) {
  const id = useRef(`f${++fieldIds}`).current;
  const errorId = `${id}-error`;
  const common = {
    id, value: props.value, required: props.required, 'aria-invalid': props.error ? true : undefined,
    'aria-describedby': props.error ? errorId : undefined,
  };
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.options ? (
        <select {...common} onChange={(e) => props.onInput((e.target as HTMLSelectElement).value)}>
          {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : (
        <input {...common} type={props.type ?? 'text'} inputMode={props.inputMode} maxLength={props.maxLength ?? 200}
          onInput={(e) => props.onInput((e.target as HTMLInputElement).value)} />
      )}
      {props.error && <span id={errorId} class="field-error">{props.error}</span>}
    </div>
  );
}

export function Loading() {
  return <p role="status">{t('loading')}</p>;
}

/** A Chart.js chart with a text alternative: the figure's caption says what it shows, the table beside it the numbers. */
export function ChartView(props: { config: ChartConfiguration; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      ...props.config, options: { animation: false, maintainAspectRatio: false, ...props.config.options } });
    return () => chart.destroy();
  }, [props.config]);
  return (
    <figure class="chart">
      <div class="chart-box"><canvas ref={canvas} role="img" aria-label={props.label} /></div>
      <figcaption>{props.label}</figcaption>
    </figure>
  );
}
