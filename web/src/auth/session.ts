// Who is signed in: a bearer token and the roles it carries (the `groups` claim the services read, MicroProfile JWT).
import { Store } from '../store';

export interface Session {
  accessToken: string;
  user: string;
  roles: string[];
  /** seconds since the epoch */
  expiresAt: number;
}

const KEY = 'bobine.session';

/** The claims of a JWT, read without checking the signature: the services check it, the screens only adapt. */
export function claimsOf(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1];
  if (!part) throw new Error('not a JWT');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

export function sessionOf(accessToken: string): Session {
  const claims = claimsOf(accessToken);
  const groups = Array.isArray(claims.groups) ? claims.groups.map(String) : [];
  return {
    accessToken,
    user: String(claims.upn ?? claims.preferred_username ?? claims.sub ?? ''),
    roles: groups,
    expiresAt: Number(claims.exp ?? 0),
  };
}

function restore(): Session | null {
  if (typeof sessionStorage === 'undefined') return null;
  const saved = sessionStorage.getItem(KEY);
  if (!saved) return null;
  try {
    const s = JSON.parse(saved) as Session;
    return s.expiresAt * 1000 > Date.now() ? s : null;
  } catch {
    return null;
  }
}

export const session = new Store<Session | null>(restore());

session.subscribe((s) => {
  if (typeof sessionStorage === 'undefined') return;
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
  else sessionStorage.removeItem(KEY);
});
