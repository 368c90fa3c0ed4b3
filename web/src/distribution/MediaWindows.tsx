// The media chronology of the film: when each window opens after the French release, on a timeline with the dates in
// the table it is drawn in (the bars are decoration; the dates are the text).
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { ProductionWindows } from '../api/generated/distribution-service';
import { ApiProblem } from '../api/problem';
import { date } from '../format';
import { t } from '../i18n';
import { Loading, Panel, ProblemBox } from '../ui/components';
import { timeline } from './timeline';

export function MediaWindows(props: { productionId: string }) {
  const [windows, setWindows] = useState<ProductionWindows | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('distribution', () => api.distribution.mediaWindows.getProductionMediaWindows({ productionId: props.productionId }))
      .then(setWindows, setProblem);
  }, [props.productionId]);
  const line = windows ? timeline(windows.frenchReleaseDate, windows.windows) : null;
  return (
    <Panel service="distribution" title={t('windows.title')} headingLevel={3}>
      {problem?.kind === 'rule' ? <p>{t('windows.noRelease')}</p> : <ProblemBox problem={problem} />}
      {!windows && !problem && <Loading />}
      {windows && line && (
        <>
          <p>{t('windows.release')} : {date(windows.frenchReleaseDate)}</p>
          <table class="timeline">
            <thead><tr>
              <th scope="col">{t('windows.window')}</th><th scope="col">{t('windows.opensOn')}</th>
              <th scope="col"><span class="sr-only">{t('windows.title')}</span>
                <div class="axis" aria-hidden="true">{line.ticks.map((tick) => (
                  <span key={tick.months} style={{ left: `${tick.offset}%` }}>{t('windows.month', { n: tick.months })}</span>))}</div></th>
            </tr></thead>
            <tbody>{line.rows.map((r) => (
              <tr key={r.code}>
                <th scope="row">{t(`media.${r.media}`)} <small>({r.code})</small></th>
                <td>{date(r.opensOn)} ({t('windows.month', { n: r.months })})</td>
                <td class="track"><div class="bar" aria-hidden="true" style={{ marginLeft: `${r.offset}%` }} /></td>
              </tr>))}
            </tbody>
          </table>
        </>)}
    </Panel>
  );
}
