-- Amendments (avenants) to signed distribution and sales contracts: a signed contract changes only by an amendment,
-- numbered from 1, with the terms before and after it (jsonb) and the fields it changed. An MG instalment an
-- amendment drops is CANCELLED, never deleted.
create table distribution_contract_amendment (
    id            uuid primary key,
    contract_id   uuid        not null references distribution_contract (id),
    production_id uuid        not null references production (id),
    number        integer     not null check (number >= 1),
    signed_on     date        not null,
    reason        text        not null,
    changes       jsonb       not null,
    terms_before  jsonb       not null,
    terms_after   jsonb       not null,
    created_at    timestamptz not null,
    unique (contract_id, number)
);
