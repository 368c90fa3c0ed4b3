import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { ROLES } from './roles';
import { devSignIn, oidcManager, type AuthConfig } from './signin';

export function SignIn(props: { config: AuthConfig }) {
  const [user, setUser] = useState('dev@bobine.local');
  const [roles, setRoles] = useState<string[]>([...ROLES]);
  const [failure, setFailure] = useState<string | null>(null);
  if (props.config.signIn === 'oidc') {
    return (
      <main id="main" class="signin">
        <h1>{t('signIn.title')}</h1>
        <button type="button" onClick={() => oidcManager(props.config).signinRedirect()}>{t('signIn.oidc')}</button>
      </main>
    );
  }
  const toggle = (role: string) =>
    setRoles(roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role]);
  const submit = (e: Event) => {
    e.preventDefault();
    devSignIn(user, roles).catch((error: Error) => setFailure(error.message));
  };
  return (
    <main id="main" class="signin">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.dev')}</p>
      <form onSubmit={submit}>
        <div class="field">
          <label for="signin-user">{t('signIn.user')}</label>
          <input id="signin-user" value={user} maxLength={200} onInput={(e) => setUser((e.target as HTMLInputElement).value)} />
        </div>
        <fieldset>
          <legend>{t('signIn.roles')}</legend>
          {ROLES.map((role) => (
            <label key={role} class="check">
              <input type="checkbox" checked={roles.includes(role)} onChange={() => toggle(role)} /> {t(`role.${role}`)}
            </label>))}
        </fieldset>
        {failure && <p role="alert">{failure}</p>}
        <button type="submit">{t('signIn.submit')}</button>
      </form>
    </main>
  );
}
