-- Test databases only (platform configuration, %test.quarkus.flyway.locations): the user of TestTokens.forRoles holds
-- every production-scoped role on every production, a company-wide grant like the one a producer gives a payroll
-- officer who handles all the films. API tests of a feature then act on the productions they make up without first
-- making themselves members; membership itself is tested with other users (MembershipResourceTest, RoleMatrixIT).
insert into production_member (id, production_id, user_name, roles, version, granted_by)
values ('7e570000-0000-4000-8000-000000000001', null, 'test@bobine.local',
        array['production-manager', 'payroll', 'rights-manager', 'distribution-manager'], 0, 'test-support')
on conflict do nothing;
