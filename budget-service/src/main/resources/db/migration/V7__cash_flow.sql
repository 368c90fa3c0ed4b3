-- Employer charges from crew, the cash-flow plan (plan de trésorerie) and the shortfall forecast.

-- What a signed crew contract brings, as budget-service needs it: the timesheets of the contract book their charges
-- at the contract's ratio (charges / gross), and the cash-flow plan spreads the open part over the contract's weeks.
create table crew_contract (
    contract_id            uuid primary key,
    production_id          uuid           not null references production (id),
    employee_number        text,
    salary_lineage         uuid           not null,
    charges_lineage        uuid           not null,
    -- true when the budget had no line under the chapter-4 account receiving the category's charges
    charges_on_salary_line boolean        not null,
    start_date             date           not null,
    end_date               date           not null,
    gross                  numeric(19, 2) not null check (gross >= 0),
    charges                numeric(19, 2) not null check (charges >= 0),
    allowances             numeric(19, 2) not null check (allowances >= 0),
    status                 text           not null check (status in ('SIGNED', 'CANCELLED')),
    cancelled_at           timestamptz,
    created_at             timestamptz    not null
);
create index crew_contract_production on crew_contract (production_id);

-- An approved timesheet: its gross and the charges booked with it, for the payroll dates of the cash-flow plan.
create table crew_timesheet (
    timesheet_id  uuid primary key,
    contract_id   uuid           not null references crew_contract (contract_id),
    production_id uuid           not null references production (id),
    week_start    date           not null,
    gross         numeric(19, 2) not null,
    charges       numeric(19, 2) not null,
    created_at    timestamptz    not null
);
create index crew_timesheet_contract on crew_timesheet (contract_id);
create index crew_timesheet_production on crew_timesheet (production_id, week_start);

-- A minimum-guarantee instalment a distributor now owes (distribution.mg.instalment.fell-due), dated in the financing
-- source of its contract. Once per instalment id.
create table financing_instalment_due (
    instalment_id uuid primary key,
    source_id     uuid           not null references financing_source (id) on delete cascade,
    production_id uuid           not null references production (id),
    due_on        date           not null,
    amount        numeric(19, 2) not null check (amount >= 0),
    label         text,
    created_at    timestamptz    not null
);
create index financing_instalment_due_source on financing_instalment_due (source_id, due_on);

-- A rights statement issued to a participant (rights.statement.issued): its amount due is paid out N days later.
create table rights_statement_due (
    statement_id  uuid primary key,
    production_id uuid           not null references production (id),
    holder        text           not null,
    period_start  date           not null,
    period_end    date           not null,
    amount_due    numeric(19, 2) not null,
    issued_on     date           not null,
    created_at    timestamptz    not null
);
create index rights_statement_due_production on rights_statement_due (production_id, issued_on);

-- The cash-flow settings of a production: the bank balance on a date, the alert threshold, the VAT rate applied to
-- open orders and the payment terms. The payroll rules are uncertain (shared/domain/budget.md §3.2): data, not code.
create table cash_flow_settings (
    production_id             uuid primary key references production (id),
    opening_balance           numeric(19, 2) not null,
    opening_date              date,
    threshold                 numeric(19, 2) not null,
    vat_rate_percent          numeric(9, 4)  not null check (vat_rate_percent >= 0 and vat_rate_percent <= 100),
    salary_days_after_week    integer        not null check (salary_days_after_week between 0 and 60),
    contributions_day         integer        not null check (contributions_day between 1 and 28),
    contributions_months_later integer       not null check (contributions_months_later between 0 and 3),
    statement_payment_days    integer        not null check (statement_payment_days between 0 and 365),
    updated_at                timestamptz    not null,
    version                   bigint         not null default 0
);

-- The last budget.cash.shortfall.forecast published per production: a check publishes only when the picture changed.
create table cash_shortfall_publication (
    production_id uuid primary key references production (id),
    fingerprint   text        not null,
    resolved      boolean     not null,
    event_id      uuid        not null,
    published_at  timestamptz not null
);
