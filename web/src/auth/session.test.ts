import { describe, expect, it } from 'vitest';
import { sessionOf } from './session';

const b64url = (o: object) => btoa(unescape(encodeURIComponent(JSON.stringify(o))))
  .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('session of a token', () => {
  it('reads the user and the roles the services read (groups)', () => {
    const jwt = `${b64url({ alg: 'RS256' })}.${b64url({
      iss: 'https://bobine.local/dev', upn: 'gaëlle@bobine.local', groups: ['payroll', 'auditor'], exp: 1900000000,
    })}.signature`;
    const s = sessionOf(jwt);
    expect(s.user).toBe('gaëlle@bobine.local');
    expect(s.roles).toEqual(['payroll', 'auditor']);
    expect(s.expiresAt).toBe(1900000000);
  });
  it('refuses what is not a JWT', () => {
    expect(() => sessionOf('opaque-token')).toThrow();
  });
});
