// The chain of title for the planned exploitation (release date, media, territories the rights manager chooses): each
// work with the contracts that cover it and its gaps, a summary of the gaps, and the PDF for a lawyer or an insurer.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, call, saveBlob } from '../api/client';
import type { ChainOfTitle, RightsMedia } from '../api/generated/rights-service';
import { ApiProblem } from '../api/problem';
import { date, localDate } from '../format';
import { t } from '../i18n';
import { Field, Loading, Panel, ProblemBox } from '../ui/components';
import { gapCounts, workRows } from './chain';

const MEDIA_CHOICES: { value: string; media: RightsMedia[] }[] = [
  { value: 'THEATRICAL', media: ['THEATRICAL'] },
  { value: 'THEATRICAL,SVOD', media: ['THEATRICAL', 'SVOD'] },
  { value: 'ALL', media: ['THEATRICAL', 'VIDEO', 'TVOD', 'PAY_TV', 'SVOD', 'FREE_TV', 'AVOD'] },
];

export function ChainOfTitlePanel(props: { productionId: string }) {
  const [release, setRelease] = useState('2027-10-06');
  const [mediaChoice, setMediaChoice] = useState('THEATRICAL,SVOD');
  const [territory, setTerritory] = useState('FR');
  const [chain, setChain] = useState<ChainOfTitle | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const media = MEDIA_CHOICES.find((c) => c.value === mediaChoice)!.media;
  const query = () => ({ productionId: props.productionId, plannedRelease: release ? localDate(release) : undefined,
    media, territory: territory ? [territory.toUpperCase()] : undefined });
  const load = () => {
    setProblem(null);
    call('rights', () => api.rights.chainOfTitle.getChainOfTitle(query())).then(setChain, setProblem);
  };
  useEffect(load, [props.productionId, release, mediaChoice, territory]);
  const rows = useMemo(() => (chain ? workRows(chain) : []), [chain]);
  const counts = useMemo(() => (chain ? gapCounts(chain) : []), [chain]);
  const pdf = () => call('rights', () => api.rights.chainOfTitle.downloadChainOfTitlePdf(query()))
    .then((blob) => saveBlob(blob, 'chain-of-title.pdf'), setProblem);
  return (
    <Panel service="rights" title={t('chain.title')} headingLevel={3}>
      <div class="toolbar">
        <Field label={t('chain.release')} type="date" value={release} onInput={setRelease} />
        <Field label={t('chain.media')} value={mediaChoice} onInput={setMediaChoice}
          options={MEDIA_CHOICES.map((c) => ({ value: c.value, label: t(`chain.media.${c.value}`) }))} />
        <Field label={t('chain.territory')} value={territory} onInput={setTerritory} maxLength={2} />
        <button type="button" onClick={pdf}>{t('chain.pdf')}</button>
      </div>
      <ProblemBox problem={problem} onReload={load} />
      {chain == null && !problem && <Loading />}
      {chain && (
        <>
          <p role="status">{chain.complete ? t('chain.complete', { date: date(chain.plannedRelease) })
            : t('chain.incomplete', { gaps: counts.map((c) => `${c.count} × ${t(`gap.${c.kind}`)}`).join(', ') })}</p>
          <table>
            <caption>{t('chain.works')}</caption>
            <thead><tr><th scope="col">{t('chain.work')}</th><th scope="col">{t('chain.contracts')}</th>
              <th scope="col">{t('chain.gaps')}</th></tr></thead>
            <tbody>{rows.map((w) => (
              <tr key={w.workId} class={w.gaps.length ? 'warning' : undefined}>
                <th scope="row">{w.title} <small>({t(`work.${w.kind}`)})</small></th>
                <td>{w.contracts.length === 0 ? '—' : (
                  <ul>{w.contracts.map((c, i) => (
                    <li key={i}>{c.holder} — {t(`rightsContract.${c.kind}`)}, {t(`rightsContract.${c.status}`)}</li>))}</ul>)}</td>
                <td>{w.gaps.length === 0 ? t('chain.noGap') : (
                  <ul>{w.gaps.map((g, i) => <li key={i}><strong>{t(`gap.${g.kind}`)}</strong> : {g.detail}</li>)}</ul>)}</td>
              </tr>))}</tbody>
          </table>
        </>)}
    </Panel>
  );
}
