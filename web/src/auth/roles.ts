// What each role may see and do on the screens. The services decide for real (their @RolesAllowed); the screens
// only hide what a role would be refused, so nobody is offered a button that answers 403.
export const ROLES = ['producer', 'production-manager', 'accountant', 'payroll', 'rights-manager',
  'distribution-manager', 'auditor'] as const;
export type Role = typeof ROLES[number];

export type Capability = 'productions.view' | 'productions.edit' | 'budget.view' | 'budget.edit' | 'costs.view'
  | 'crew.view' | 'crew.edit' | 'rights.view' | 'distribution.view';

const grants: Record<Capability, Role[]> = {
  'productions.view': [...ROLES],
  'productions.edit': ['producer', 'production-manager'],
  'budget.view': ['producer', 'production-manager', 'accountant', 'auditor'],
  'budget.edit': ['producer', 'production-manager', 'accountant'],
  'costs.view': ['producer', 'production-manager', 'accountant', 'auditor'],
  'crew.view': ['production-manager', 'payroll', 'auditor'],
  'crew.edit': ['production-manager', 'payroll'],
  'rights.view': ['producer', 'rights-manager', 'auditor'],
  'distribution.view': ['producer', 'distribution-manager', 'auditor'],
};

export function can(roles: readonly string[], capability: Capability): boolean {
  return grants[capability].some((r) => roles.includes(r));
}
