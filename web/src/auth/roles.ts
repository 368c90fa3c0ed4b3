// What each role may see and do on the screens, copied from the services' @RolesAllowed (which decide for real): the
// screens only hide what a role would be refused, so nobody is offered a button that answers 403.
export const ROLES = ['producer', 'production-manager', 'accountant', 'payroll', 'rights-manager',
  'distribution-manager', 'auditor'] as const;
export type Role = typeof ROLES[number];

export type Capability = 'productions.view' | 'productions.edit' | 'budget.view' | 'budget.edit' | 'costs.view'
  | 'crew.view' | 'crew.edit' | 'rights.view' | 'distribution.view' | 'distribution.premieres'
  | 'distribution.submissions' | 'distribution.deliverables' | 'distribution.deliverables.move' | 'distribution.revenue'
  | 'rights.chain' | 'people.view' | 'financing.view' | 'invoices.view' | 'invoices.match' | 'carbon.view' | 'members.view' | 'members.manage';

const grants: Record<Capability, Role[]> = {
  'productions.view': [...ROLES],
  'productions.edit': ['producer', 'production-manager'],
  'budget.view': ['producer', 'production-manager', 'accountant', 'auditor'],
  // budget-service BudgetResource: creating a devis and its lines
  'budget.edit': ['producer', 'production-manager'],
  'costs.view': ['producer', 'production-manager', 'accountant', 'auditor'],
  'crew.view': ['payroll', 'production-manager', 'producer', 'accountant', 'auditor'],
  // crew-service TimesheetResource.submitTimesheet
  'crew.edit': ['payroll', 'production-manager'],
  'rights.view': ['producer', 'production-manager', 'rights-manager', 'accountant', 'auditor'],
  // rights-service ChainOfTitleResource and CueSheetResource
  'rights.chain': ['producer', 'production-manager', 'rights-manager', 'auditor'],
  // crew-service PersonResource.searchPeople (the personal data masked but for payroll)
  'people.view': ['payroll', 'production-manager', 'producer', 'accountant', 'auditor'],
  'distribution.view': ['producer', 'production-manager', 'distribution-manager', 'accountant', 'auditor'],
  // distribution-service: PremiereResource, SubmissionResource, DeliverableResource, RevenueReportResource
  'distribution.premieres': ['producer', 'production-manager', 'rights-manager', 'distribution-manager', 'auditor'],
  'distribution.submissions': ['producer', 'production-manager', 'accountant', 'distribution-manager', 'auditor'],
  'distribution.deliverables': ['producer', 'production-manager', 'rights-manager', 'distribution-manager', 'auditor'],
  'distribution.deliverables.move': ['producer', 'production-manager', 'distribution-manager'],
  'distribution.revenue': ['producer', 'production-manager', 'accountant', 'rights-manager', 'distribution-manager', 'auditor'],
  // budget-service: FinancingPlanResource, InvoiceResource (recording and matching: the accountant), CarbonResource
  'financing.view': ['producer', 'production-manager', 'accountant', 'auditor'],
  'invoices.view': ['producer', 'production-manager', 'accountant', 'auditor'],
  'invoices.match': ['accountant'],
  'carbon.view': ['producer', 'production-manager', 'accountant', 'auditor'],
  // budget-service MembershipResource: every role reads a production's members, the producer grants
  'members.view': [...ROLES],
  'members.manage': ['producer'],
};

export function can(roles: readonly string[], capability: Capability): boolean {
  return grants[capability].some((r) => roles.includes(r));
}
