// The production's SACEM cue sheets: each sheet with its status, programme length and total music, its cues, and the
// CSV and PDF to send to SACEM.
import { useEffect, useState } from 'preact/hooks';
import { api, call, saveBlob } from '../api/client';
import type { CueSheet } from '../api/generated/rights-service';
import { ApiProblem } from '../api/problem';
import { t } from '../i18n';
import { Loading, Panel, ProblemBox } from '../ui/components';

export function CueSheetsPanel(props: { productionId: string }) {
  const [sheets, setSheets] = useState<CueSheet[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('rights', () => api.rights.cueSheets.listCueSheets({ productionId: props.productionId, size: 50 }))
      .then((page) => setSheets(page.items), setProblem);
  }, [props.productionId]);
  const csv = (sheet: CueSheet) => call('rights', () => api.rights.cueSheets.downloadCueSheetCsv({
    productionId: props.productionId, cueSheetId: sheet.id })).then(
    (text) => saveBlob(new Blob([text], { type: 'text/csv' }), `cue-sheet-${sheet.id}.csv`), setProblem);
  const pdf = (sheet: CueSheet) => call('rights', () => api.rights.cueSheets.downloadCueSheetPdf({
    productionId: props.productionId, cueSheetId: sheet.id })).then((blob) => saveBlob(blob, `cue-sheet-${sheet.id}.pdf`),
    setProblem);
  return (
    <Panel service="rights" title={t('cue.title')} headingLevel={3}>
      <ProblemBox problem={problem} />
      {sheets == null && !problem && <Loading />}
      {sheets != null && sheets.length === 0 && <p>{t('cue.none')}</p>}
      {(sheets ?? []).map((s) => {
        const name = s.episodeNumber == null ? s.productionTitle : `${s.productionTitle} — ${s.episodeNumber}. ${s.episodeTitle ?? ''}`;
        return (
          <section key={s.id} aria-label={t('cue.sheet', { name })}>
            <h4>{name} — {t(`cue.${s.status}`)}</h4>
            <p>{t('cue.durations', { programme: s.programmeDuration, music: s.totalMusic })}</p>
            <div class="toolbar">
              <button type="button" onClick={() => csv(s)}>{t('cue.csv', { name })}</button>
              <button type="button" onClick={() => pdf(s)}>{t('cue.pdf', { name })}</button>
            </div>
            <table>
              <caption>{t('cue.cues', { name })}</caption>
              <thead><tr><th scope="col" class="num">{t('cue.number')}</th><th scope="col">{t('cue.cueTitle')}</th>
                <th scope="col">{t('cue.use')}</th><th scope="col">{t('cue.timecodes')}</th><th scope="col">{t('cue.parties')}</th></tr></thead>
              <tbody>{s.cues.map((c, i) => (
                <tr key={i}><td class="num">{c.number ?? '—'}</td><td>{c.title}</td><td>{t(`cueUse.${c.use}`)}</td>
                  <td>{c.timecodeIn} → {c.timecodeOut}</td><td>{c.parties.map((p) => p.name).join(', ')}</td></tr>))}</tbody>
            </table>
          </section>);
      })}
    </Panel>
  );
}
