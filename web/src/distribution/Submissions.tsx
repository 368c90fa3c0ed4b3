// The production's festival submissions: where the film was sent, the fee and whether it is paid, what the festival
// answered, and whether the film can still claim the premiere the section asks for.
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { Submission } from '../api/generated/distribution-service';
import { ApiProblem } from '../api/problem';
import { date, money } from '../format';
import { t } from '../i18n';
import { Loading, Panel, ProblemBox } from '../ui/components';

export function Submissions(props: { productionId: string }) {
  const [items, setItems] = useState<Submission[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    call('distribution', () => api.distribution.submissions.listSubmissions({ productionId: props.productionId, size: 100 }))
      .then((page) => setItems(page.items), setProblem);
  }, [props.productionId]);
  return (
    <Panel service="distribution" title={t('submissions.title')} headingLevel={3}>
      <ProblemBox problem={problem} />
      {items == null && !problem && <Loading />}
      {items != null && items.length === 0 && <p>{t('submissions.none')}</p>}
      {items != null && items.length > 0 && (
        <table>
          <thead><tr>
            <th scope="col">{t('submissions.festival')}</th><th scope="col">{t('submissions.section')}</th>
            <th scope="col">{t('submissions.submittedOn')}</th><th scope="col" class="num">{t('submissions.fee')}</th>
            <th scope="col">{t('submissions.feePaid')}</th><th scope="col">{t('submissions.status')}</th>
            <th scope="col">{t('submissions.judging')}</th><th scope="col">{t('submissions.eligibility')}</th>
          </tr></thead>
          <tbody>{items.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.festival} {s.year}</th>
              <td>{s.sectionCode} ({s.tier})</td>
              <td>{date(s.submittedOn)}</td>
              <td class="num">{money(s.fee)}</td>
              <td>{s.feePaidOn ? date(s.feePaidOn) : t('no')}</td>
              <td>{t(`submission.${s.submissionStatus}`)}</td>
              <td>{t(`judging.${s.judgingStatus}`)}</td>
              <td>{s.eligibility.eligible ? t('submissions.eligible')
                : `${t('submissions.ineligible')}${s.eligibility.reasons.length ? ` : ${s.eligibility.reasons.join(' ; ')}` : ''}`}</td>
            </tr>))}
          </tbody>
        </table>)}
    </Panel>
  );
}
