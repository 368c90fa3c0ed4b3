-- A signed contract changes only by an amendment (avenant): each version of its terms is kept, 0 as signed, then one
-- per amendment. The contract row holds the latest terms and figures; amendment_number is its latest version.
alter table contract add column amendment_number integer not null default 0;

create table contract_version (
    id                      uuid primary key,
    contract_id             uuid          not null references contract (id),
    number                  integer       not null check (number >= 0),
    kind                    text          not null check (kind in ('SIGNATURE', 'AMENDMENT')),
    effective_from          date          not null,
    signed_on               date          not null,
    rate                    numeric(19,2) not null,
    end_date                date          not null,
    allowances              text          not null,
    committed_gross         numeric(19,2) not null,
    -- null on the versions of contracts signed before versions were kept
    allowances_estimate     numeric(19,2),
    employer_cost_estimate  numeric(19,2) not null,
    reason                  text,
    recorded_by             text          not null,
    recorded_at             timestamptz   not null,
    unique (contract_id, number)
);

insert into contract_version (id, contract_id, number, kind, effective_from, signed_on, rate, end_date, allowances,
                              committed_gross, allowances_estimate, employer_cost_estimate, reason, recorded_by, recorded_at)
select gen_random_uuid(), c.id, 0, 'SIGNATURE', c.start_date, cast(c.signed_at at time zone 'Europe/Paris' as date), c.rate,
       coalesce(c.end_date, c.start_date), c.allowances, c.committed_gross, null, c.employer_cost_estimate, null,
       'migration V6', c.signed_at
from contract c
where c.signed_at is not null and c.committed_gross is not null and c.employer_cost_estimate is not null;
