import { render } from 'preact';
import { App } from './App';
import { completeOidcSignIn, loadAuthConfig } from './auth/signin';
import { currentLang } from './i18n';
import './styles.css';

document.documentElement.lang = currentLang();
const auth = await loadAuthConfig();
await completeOidcSignIn(auth).catch((e: unknown) => console.error('OpenID Connect sign-in failed', e));
render(<App auth={auth} />, document.getElementById('app')!);
