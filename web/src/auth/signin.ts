// Two ways in. Locally: the development sign-in, a token minted by the local edge's /dev/token for the roles a
// developer picks (deploy/local/dev-token.py; the private key never reaches the browser). In production: OpenID
// Connect authorization code with PKCE against the configured issuer (oidc-client-ts does the PKCE and the code
// exchange); the access token's `groups` claim carries the roles, as the services expect.
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { session, sessionOf } from './session';

export interface AuthConfig {
  signIn: 'dev' | 'oidc';
  issuer?: string;
  clientId?: string;
  scope?: string;
}

/** /config.json beside index.html, so one build serves every environment (compose and Kubernetes mount their own). */
export async function loadAuthConfig(): Promise<AuthConfig> {
  try {
    const response = await fetch('config.json', { cache: 'no-store' });
    if (response.ok) return (await response.json()) as AuthConfig;
  } catch {
    // no config: the local development sign-in
  }
  return { signIn: 'dev' };
}

export async function devSignIn(user: string, roles: string[]): Promise<void> {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user, roles }),
  });
  if (!response.ok) throw new Error(`development sign-in refused (${response.status})`);
  const body = (await response.json()) as { accessToken: string };
  session.set(sessionOf(body.accessToken));
}

export function oidcManager(config: AuthConfig): UserManager {
  if (!config.issuer || !config.clientId) throw new Error('config.json: signIn "oidc" needs issuer and clientId');
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${location.origin}/`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: 'code',
    scope: config.scope ?? 'openid profile',
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
}

/** After the issuer's redirect (?code=...&state=...): exchange the code (with the PKCE verifier) for the tokens. */
export async function completeOidcSignIn(config: AuthConfig): Promise<boolean> {
  const params = new URLSearchParams(location.search);
  if (config.signIn !== 'oidc' || !params.has('code') || !params.has('state')) return false;
  const user = await oidcManager(config).signinRedirectCallback();
  session.set(sessionOf(user.access_token));
  history.replaceState(null, '', location.pathname + location.hash);
  return true;
}
