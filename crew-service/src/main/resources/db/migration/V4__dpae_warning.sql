-- Contracts already warned about (crew.dpae.missing) so that the watch publishes one warning per contract.
create table dpae_warning (
    contract_id  uuid primary key references contract (id),
    warned_at    timestamptz not null
);
