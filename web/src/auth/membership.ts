// The roles a user acts with on one production (ARCHITECTURE and README "Who sees which production"): every role of
// the token for a company-wide role; otherwise the token's roles that a membership grants. budget-service lists a
// production's own members; a grant on every production (/company-members) only a producer or an auditor may read, so
// a user not in the list but let in holds such a grant, and keeps the token's roles until a service says otherwise.
import type { ProductionMember } from '../api/generated/budget-service';

export const COMPANY_WIDE = ['producer', 'accountant', 'auditor'];
export const PRODUCTION_SCOPED = ['production-manager', 'payroll', 'rights-manager', 'distribution-manager'];

/** Users are compared as the services compare them: trimmed, whatever the case. */
export function sameUser(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function isCompanyWide(tokenRoles: readonly string[]): boolean {
  return tokenRoles.some((r) => COMPANY_WIDE.includes(r));
}

export function effectiveRoles(tokenRoles: readonly string[], user: string, members: readonly ProductionMember[] | null): string[] {
  if (isCompanyWide(tokenRoles) || members == null) return [...tokenRoles];
  const mine = members.filter((m) => sameUser(m.user, user));
  if (mine.length === 0) return [...tokenRoles];
  const granted = new Set(mine.flatMap((m) => m.roles));
  return tokenRoles.filter((r) => granted.has(r));
}
