-- Amendments (avenants) of distribution contracts applied to the financing plan: one row per amendment id, so a
-- replay under a new event id changes nothing, and the number, so an older amendment never undoes a later one.
create table financing_amendment (
    amendment_id  uuid primary key,
    contract_id   uuid        not null,
    production_id uuid        not null references production (id),
    number        integer     not null check (number >= 1),
    applied_at    timestamptz not null
);
create index financing_amendment_contract on financing_amendment (contract_id, number);
