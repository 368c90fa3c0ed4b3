-- How many years records of a kind are kept after the last of them: dated reference data, editable through
-- /reference/retention-periods. PAYROLL_RECORDS: a person's payroll records (contracts, timesheets, payroll lines and the
-- personal data they need), after which payroll pseudonymises the person.
create table retention_period (
    id          uuid primary key,
    code        text        not null,
    years       integer     not null check (years between 1 and 100),
    valid_from  date        not null,
    valid_to    date,
    source      text        not null,
    created_at  timestamptz not null default now()
);
create index retention_period_lookup_idx on retention_period (code, valid_from);

insert into retention_period (id, code, years, valid_from, valid_to, source) values
 (gen_random_uuid(), 'PAYROLL_RECORDS', 5, '2008-05-01', null,
  'C. trav. L3243-4 (a copy of each payslip kept 5 years) and R1221-26 (the staff register keeps a leaver 5 years after they leave)');

-- A pseudonymised person keeps id, employee number and kind; everything else personal is erased, and so are the DPAE
-- requests that quoted it.
alter table person add column pseudonymised_at timestamptz;
alter table person alter column personal_data drop not null;
alter table person alter column sex drop not null;
alter table dpae_transmission alter column request_body drop not null;
