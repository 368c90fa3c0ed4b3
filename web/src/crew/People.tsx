// The people the company has hired, found by name: personal data as crew-service masks it for the reader's roles.
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import { ApiProblem } from '../api/problem';
import { t } from '../i18n';
import { Field, Loading, Panel, ProblemBox } from '../ui/components';
import { personRow, type PersonRow } from './people';

export function PeoplePanel() {
  const [name, setName] = useState('');
  const [people, setPeople] = useState<PersonRow[] | null>(null);
  const [total, setTotal] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      setProblem(null);
      call('crew', () => api.crew.people.searchPeople({ name: name.trim() || undefined, size: 50, sort: 'name' }))
        .then((page) => { setPeople(page.items.map(personRow)); setTotal(page.totalItems); }, setProblem);
    }, 250);
    return () => clearTimeout(timer);
  }, [name]);
  return (
    <Panel service="crew" title={t('people.title')} headingLevel={3}>
      <Field label={t('people.search')} value={name} onInput={setName} maxLength={100} />
      <ProblemBox problem={problem} />
      {people == null && !problem && <Loading />}
      {people != null && (
        <div class="scroll" tabIndex={0} role="region" aria-label={t('people.table')}>
          <table>
            <caption>{t('people.count', { n: total })}</caption>
            <thead><tr><th scope="col">{t('people.number')}</th><th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.kind')}</th><th scope="col">{t('people.nir')}</th><th scope="col">{t('people.iban')}</th></tr></thead>
            <tbody>{people.map((p) => (
              <tr key={p.id}><td>{p.employeeNumber}</td><th scope="row">{p.name}</th><td>{t(`personKind.${p.kind}`)}</td>
                <td>{p.nir}{p.masked ? <small> ({t('people.masked')})</small> : null}</td><td>{p.iban}</td></tr>))}</tbody>
          </table>
        </div>)}
    </Panel>
  );
}
