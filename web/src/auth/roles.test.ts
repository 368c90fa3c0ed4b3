import { describe, expect, it } from 'vitest';
import { can } from './roles';

describe('what a role sees', () => {
  it('lets payroll enter timesheets but not touch the devis', () => {
    expect(can(['payroll'], 'crew.edit')).toBe(true);
    expect(can(['payroll'], 'budget.view')).toBe(false);
  });
  it('lets the accountant read the devis, whose lines the production manager writes', () => {
    expect(can(['accountant'], 'budget.view')).toBe(true);
    expect(can(['accountant'], 'budget.edit')).toBe(false);
    expect(can(['production-manager'], 'budget.edit')).toBe(true);
  });
  it('lets an auditor read everything and change nothing', () => {
    expect(can(['auditor'], 'budget.view')).toBe(true);
    expect(can(['auditor'], 'budget.edit')).toBe(false);
    expect(can(['auditor'], 'productions.edit')).toBe(false);
  });
  it('shows nothing to a token without roles but the list of productions', () => {
    expect(can([], 'productions.view')).toBe(false);
    expect(can(['rights-manager'], 'productions.view')).toBe(true);
    expect(can(['rights-manager'], 'distribution.view')).toBe(false);
  });
});
