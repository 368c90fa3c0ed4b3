import { describe, expect, it } from 'vitest';
import type { ProductionMember } from '../api/generated/budget-service';
import { effectiveRoles } from './membership';

const member = (user: string, roles: string[]) => ({ user, roles }) as ProductionMember;

describe('the roles a user acts with on a production', () => {
  const members = [member('Claire.Vasseur@bobine.fr ', ['payroll']), member('yann@bobine.fr', ['rights-manager'])];
  it('keeps every role of a company-wide user', () => {
    expect(effectiveRoles(['producer', 'payroll'], 'p@bobine.fr', members)).toEqual(['producer', 'payroll']);
  });
  it('narrows a member to the roles the membership grants, whatever the case of the name', () => {
    expect(effectiveRoles(['payroll', 'distribution-manager'], 'claire.vasseur@bobine.fr', members)).toEqual(['payroll']);
    expect(effectiveRoles(['payroll'], 'yann@bobine.fr', members)).toEqual([]);
  });
  it('keeps the token roles of a user let in by a grant on every production (not in the list)', () => {
    expect(effectiveRoles(['payroll'], 'e2e@bobine.local', members)).toEqual(['payroll']);
    expect(effectiveRoles(['payroll'], 'e2e@bobine.local', null)).toEqual(['payroll']);
  });
});
