-- The planned labour of a production, from crew-service's published shooting schedule (crew.labour.planned): the plan
-- received last and its weeks, one row per contract and civil week. A plan of a higher schedule version replaces the
-- whole plan; one of a lower or equal version changes nothing. The cost report derives the estimate to complete of the
-- labour lines from the planned weeks that have no approved timesheet yet, and shows planned against actual labour.
create table labour_plan (
    production_id       uuid primary key references production (id),
    schedule_version_id uuid        not null,
    version_number      integer     not null,
    published_at        timestamptz not null,
    received_at         timestamptz not null
);

create table planned_labour_week (
    production_id    uuid          not null references production (id),
    contract_id      uuid          not null,
    week_start       date          not null,
    employee_number  text          not null,
    budget_line_code text,
    hours            numeric(7, 2) not null,
    cachets          integer       not null,
    gross            numeric(19, 2) not null check (gross >= 0),
    primary key (production_id, contract_id, week_start)
);
