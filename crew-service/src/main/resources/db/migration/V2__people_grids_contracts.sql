-- People: names in clear (searchable), everything personal (NIR, birth, address, IBAN) in one AES-GCM ciphertext.
create sequence employee_number_seq;
create table person (
    id                         uuid primary key,
    employee_number            text        not null unique,
    last_name                  text        not null,
    first_names                text        not null,
    sex                        text        not null,
    kind                       text        not null,
    -- HMAC-SHA256 of the NIR under the data key: lets the same NIR be refused twice without storing it in clear.
    nir_fingerprint            text unique,
    personal_data              text        not null,
    conges_spectacles_number   text,
    medical_visit_date         date,
    version                    bigint      not null default 0,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null
);
create index person_name_idx on person (lower(last_name), lower(first_names));

-- Positions and salary minima per collective agreement: dated reference data, editable through the API.
create table position (
    code        text primary key,
    label       text    not null,
    agreement   text    not null,
    annexe      text    not null,
    cadre       boolean not null,
    set_craft   boolean not null default false
);
create table salary_minimum (
    id             uuid primary key,
    position_code  text          not null references position (code),
    engagement     text          not null,
    weekly_hours   integer,
    amount         numeric(19,2) not null,
    valid_from     date          not null,
    valid_to       date,
    source         text          not null,
    created_at     timestamptz   not null default now()
);
create index salary_minimum_lookup_idx on salary_minimum (position_code, engagement, valid_from);

-- Employer contribution rates used for the employer-cost estimate when a contract is signed.
create table employer_cost_rate (
    id          uuid primary key,
    code        text          not null,
    label       text          not null,
    rate        numeric(9,6)  not null,
    valid_from  date          not null,
    valid_to    date,
    source      text          not null
);

-- The cinema low-budget regime (CCN 3097 annexe III) is a decision about a production, recorded here.
create table production_payroll_regime (
    production_id        uuid primary key,
    low_budget_annexe3   boolean     not null,
    decision_reference   text,
    recorded_by          text        not null,
    recorded_at          timestamptz not null
);

create table contract (
    id                      uuid primary key,
    production_id           uuid          not null,
    person_id               uuid          not null references person (id),
    position_code           text          not null references position (code),
    agreement               text          not null,
    engagement              text          not null,
    weekly_hours            integer,
    start_date              date          not null,
    first_hour              time          not null,
    end_date                date,
    rate                    numeric(19,2) not null,
    currency                char(3)       not null,
    location                text          not null,
    budget_line_code        text,
    allowances              text          not null default '[]',
    status                  text          not null,
    minimum_in_force        numeric(19,2),
    low_budget_applied      boolean       not null default false,
    committed_gross         numeric(19,2),
    employer_cost_estimate  numeric(19,2),
    cancellation_reason     text,
    version                 bigint        not null default 0,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    signed_at               timestamptz,
    cancelled_at            timestamptz
);
create index contract_production_idx on contract (production_id, start_date);
create index contract_person_idx on contract (person_id);

create table timesheet (
    id            uuid primary key,
    contract_id   uuid          not null references contract (id),
    production_id uuid          not null,
    person_id     uuid          not null,
    week_start    date          not null,
    status        text          not null,
    hours         numeric(7,2)  not null,
    cachets       integer       not null default 0,
    gross         numeric(19,2) not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    approved_at   timestamptz,
    approved_by   text,
    unique (contract_id, week_start)
);
create table timesheet_day (
    id                  uuid primary key,
    timesheet_id        uuid         not null references timesheet (id) on delete cascade,
    person_id           uuid         not null,
    work_date           date         not null,
    start_at            timestamp,
    end_at              timestamp,
    meal_break_minutes  integer      not null default 0,
    travel_minutes      integer      not null default 0,
    hours               numeric(6,2) not null,
    night_hours         numeric(6,2) not null,
    cachets             integer      not null default 0,
    rehearsal_hours     numeric(6,2) not null default 0
);
create index timesheet_day_person_idx on timesheet_day (person_id, start_at);
create table timesheet_line (
    timesheet_id  uuid          not null references timesheet (id) on delete cascade,
    item          text          not null,
    hours         numeric(7,2)  not null,
    amount        numeric(19,2) not null,
    primary key (timesheet_id, item)
);

create table dpae (
    id               uuid primary key,
    contract_id      uuid        not null unique references contract (id),
    production_id    uuid        not null,
    status           text        not null,
    hire_at          timestamp   not null,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    answered_at      timestamptz,
    flux_id          text,
    rejection_reason text,
    version          bigint      not null default 0
);
create table dpae_transmission (
    id             uuid primary key,
    dpae_id        uuid        not null references dpae (id),
    requested_at   timestamptz not null,
    endpoint       text        not null,
    request_body   text        not null,
    response_body  text
);

create table payroll_period (
    production_id  uuid        not null,
    period         char(7)     not null,
    status         text        not null,
    closed_at      timestamptz,
    closed_by      text,
    primary key (production_id, period)
);
create table payroll_input_line (
    id                  uuid primary key,
    production_id       uuid          not null,
    period              char(7)       not null,
    employee_number     text          not null,
    contract_id         uuid          not null,
    contract_start      date          not null,
    item_code           text          not null,
    quantity            numeric(9,2)  not null,
    amount              numeric(19,2) not null,
    adjustment          boolean       not null default false,
    reason              text,
    created_at          timestamptz   not null default now()
);
create index payroll_input_line_period_idx on payroll_input_line (production_id, period);
