-- Productions: budget-service is the source of truth; the other services keep a copy fed by production.* events.
create table production (
    id                        uuid primary key,
    title                     text        not null,
    original_title            text,
    kind                      text        not null,
    status                    text        not null,
    genre                     text,
    original_languages        text[]      not null default '{}',
    runtime_minutes           integer,
    episode_count             integer,
    episode_runtime_minutes   integer,
    producer_name             text        not null,
    producer_siret            char(14)    not null,
    planned_shooting_start    date,
    planned_shooting_end      date,
    estimated_budget_amount   numeric(19, 2),
    estimated_budget_currency char(3),
    version                   bigint      not null default 0,
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    constraint production_shooting_period check (planned_shooting_end is null or planned_shooting_start is null
        or planned_shooting_end >= planned_shooting_start),
    constraint production_budget_currency check ((estimated_budget_amount is null) = (estimated_budget_currency is null))
);
create index production_kind_status on production (kind, status);
create index production_created on production (created_at desc, id);
