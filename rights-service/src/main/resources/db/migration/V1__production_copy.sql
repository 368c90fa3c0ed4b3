-- rights-service's copy of the productions, fed by production.created / production.updated from budget-service.
create table production (
    id                       uuid primary key,
    title                    text        not null,
    original_title           text,
    kind                     text        not null,
    status                   text        not null,
    delegated_producer_name  text        not null,
    delegated_producer_siret char(14)    not null,
    planned_shooting_start   date,
    planned_shooting_end     date,
    source_version           bigint      not null,
    source_updated_at        timestamptz not null,
    received_at              timestamptz not null default now()
);
