import { useStore } from './store';
import { session } from './auth/session';
import type { AuthConfig } from './auth/signin';
import { SignIn } from './auth/SignIn';
import { lang, setLang, t } from './i18n';
import { href, route } from './router';
import { ProductionForm, ProductionList } from './productions/Productions';
import { Dashboard } from './productions/Dashboard';
import { BudgetScreen } from './budget/Budget';
import { CostsScreen } from './costs/Costs';
import { FinancingScreen } from './financing/Financing';
import { CrewScreen } from './crew/Crew';
import { RightsScreen } from './rights/Rights';
import { DistributionScreen } from './distribution/Distribution';

export function App(props: { auth: AuthConfig }) {
  const current = useStore(session);
  const where = useStore(route);
  const language = useStore(lang);
  const header = (
    <header class="top">
      <a class="skip" href="#main">{t('app.skip')}</a>
      <a class="brand" href={href({ name: 'productions' })}>{t('app.title')}</a>
      <nav aria-label="Bobine">
        {current && <a href={href({ name: 'productions' })}>{t('nav.productions')}</a>}
      </nav>
      <button type="button" lang={language === 'fr' ? 'en' : 'fr'} onClick={() => setLang(language === 'fr' ? 'en' : 'fr')}>
        {t('lang.switch')}</button>
      {current && <span class="user">{current.user}</span>}
      {current && <button type="button" onClick={() => session.set(null)}>{t('nav.signOut')}</button>}
    </header>
  );
  if (!current) return <>{header}<SignIn config={props.auth} /></>;
  const roles = current.roles;
  let screen;
  switch (where.name) {
    case 'productions': screen = <ProductionList roles={roles} />; break;
    case 'newProduction': screen = <ProductionForm />; break;
    case 'editProduction': screen = <ProductionForm id={where.id} />; break;
    case 'dashboard': screen = <Dashboard id={where.id} roles={roles} />; break;
    case 'budget': screen = <BudgetScreen id={where.id} roles={roles} />; break;
    case 'costs': screen = <CostsScreen id={where.id} roles={roles} />; break;
    case 'financing': screen = <FinancingScreen id={where.id} />; break;
    case 'crew': screen = <CrewScreen id={where.id} roles={roles} />; break;
    case 'rights': screen = <RightsScreen id={where.id} roles={roles} />; break;
    case 'distribution': screen = <DistributionScreen id={where.id} roles={roles} />; break;
  }
  return <>{header}<main id="main" key={`${where.name}-${'id' in where ? where.id : ''}-${language}`}>{screen}</main></>;
}
