-- Payments recorded by the accounting software and imported back into Bobine. The cash-flow plan reads them (an
-- invoice paid is no longer money to pay out) and the journal books them. An import file is recognised by its SHA-256:
-- the same file twice books nothing twice; a line is recognised by its external reference, so the same line in
-- another file books nothing twice either.
create table payment_import (
    id                   uuid primary key,
    production_id        uuid        not null references production (id),
    file_name            text,
    file_sha256          char(64)    not null,
    lines_read           integer     not null check (lines_read >= 0),
    lines_booked         integer     not null check (lines_booked >= 0),
    lines_already_booked integer     not null check (lines_already_booked >= 0),
    imported_at          timestamptz not null,
    unique (production_id, file_sha256)
);

create table payment (
    id            uuid primary key,
    production_id uuid           not null references production (id),
    import_id     uuid references payment_import (id),
    -- the accounting software's reference of the bank line (or a digest of the line when it has none)
    external_ref  text           not null,
    invoice_id    uuid references invoice (id),
    paid_on       date           not null,
    amount        numeric(19, 2) not null check (amount > 0),
    currency      char(3)        not null,
    label         text,
    created_at    timestamptz    not null,
    unique (production_id, external_ref)
);
create index payment_invoice on payment (invoice_id);
create index payment_production on payment (production_id, paid_on);

-- Festival and delivery costs from distribution-service are cost entries of their own source.
alter table cost_entry drop constraint cost_entry_source_check;
alter table cost_entry add constraint cost_entry_source_check check (source in ('INVOICE', 'CREW', 'RIGHTS', 'DISTRIBUTION'));
