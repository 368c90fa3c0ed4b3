-- Cost control: suppliers, purchase orders allocated to lines of a locked budget version, invoices with their
-- three-way match, cost entries (commitments and actuals with their source), estimates to complete, and the
-- accounting side: the editable chart-of-accounts mapping and the journal entries the FEC is written from.

create table supplier (
    id         uuid primary key,
    name       text        not null,
    siret      char(14)    not null unique,
    vat_number text,
    -- bank details are sensitive: returned in full to the accountant only, masked elsewhere
    iban       text,
    created_at timestamptz not null,
    version    bigint      not null default 0
);

create table purchase_order (
    id                   uuid primary key,
    production_id        uuid           not null references production (id),
    supplier_id          uuid           not null references supplier (id),
    budget_version_id    uuid           not null references budget_version (id),
    number               text           not null,
    description          text           not null,
    quote_ref            text,
    order_date           date           not null,
    payment_terms_days   integer        not null check (payment_terms_days between 0 and 365),
    currency             char(3)        not null,
    net_amount           numeric(19, 2) not null check (net_amount > 0),
    -- the service received or signed off so far (the third leg of the match); null until something is received
    received_amount      numeric(19, 2) check (received_amount is null or received_amount >= 0),
    overrun              boolean        not null,
    created_at           timestamptz    not null,
    version              bigint         not null default 0,
    unique (production_id, number)
);
create index purchase_order_production on purchase_order (production_id, created_at);

create table purchase_order_line (
    id             uuid primary key,
    order_id       uuid           not null references purchase_order (id) on delete cascade,
    position       integer        not null,
    budget_line_id uuid           not null references budget_line (id),
    lineage        uuid           not null,
    amount         numeric(19, 2) not null check (amount > 0),
    unique (order_id, position)
);
create index purchase_order_line_lineage on purchase_order_line (lineage);

-- The tolerance of the three-way match, per production: an amount and a percentage of the order, the stricter wins.
create table match_tolerance (
    production_id uuid primary key references production (id),
    amount        numeric(19, 2) not null check (amount >= 0),
    percent       numeric(9, 4)  not null check (percent >= 0),
    version       bigint         not null default 0
);

create table invoice (
    id                uuid primary key,
    production_id     uuid           not null references production (id),
    order_id          uuid           not null references purchase_order (id),
    supplier_id       uuid           not null references supplier (id),
    number            text           not null,
    invoice_date      date           not null,
    due_date          date           not null,
    currency          char(3)        not null,
    net_amount        numeric(19, 2) not null check (net_amount >= 0),
    vat_amount        numeric(19, 2) not null check (vat_amount >= 0),
    gross_amount      numeric(19, 2) not null check (gross_amount >= 0),
    status            text           not null check (status in ('MATCHED', 'MISMATCHED')),
    mismatch_reasons  text[]         not null default '{}',
    created_at        timestamptz    not null,
    version           bigint         not null default 0,
    -- an invoice number is unique per supplier: it blocks paying the same invoice twice
    unique (supplier_id, number)
);
create index invoice_production on invoice (production_id, invoice_date);

-- Every commitment or actual booked on a budget line (by lineage, so it follows the line into later locked versions),
-- with where it came from. An event from another service is booked once: (source, source_ref, kind) is unique.
create table cost_entry (
    id            uuid primary key,
    production_id uuid           not null references production (id),
    lineage       uuid           not null,
    kind          text           not null check (kind in ('COMMITMENT', 'ACTUAL')),
    source        text           not null check (source in ('INVOICE', 'CREW')),
    source_ref    text           not null,
    order_line_id uuid references purchase_order_line (id),
    amount        numeric(19, 2) not null,
    booked_on     date           not null,
    label         text,
    created_at    timestamptz    not null,
    unique (source, source_ref, kind, lineage)
);
create index cost_entry_production on cost_entry (production_id, lineage);

-- The estimate to complete the accountant entered for a line (by lineage) or for FG / imprévus (by rule code).
create table estimate_to_complete (
    production_id uuid           not null references production (id),
    line_key      text           not null,
    amount        numeric(19, 2) not null check (amount >= 0),
    note          text,
    updated_at    timestamptz    not null,
    version       bigint         not null default 0,
    primary key (production_id, line_key)
);

-- Chart-of-accounts mapping: a CNC budget account (or its chapter) to a French PCG expense account. Editable.
create table account_mapping (
    budget_account_code text primary key,
    pcg_account         text   not null check (pcg_account ~ '^[0-9]{3}[0-9A-Za-z]*$'),
    pcg_label           text   not null,
    version             bigint not null default 0
);

insert into account_mapping (budget_account_code, pcg_account, pcg_label) values
('1', '6516', 'Droits d''auteur et de reproduction'),
('2', '6411', 'Salaires, appointements'),
('3', '6411', 'Salaires, appointements'),
('4', '645', 'Charges de sécurité sociale et de prévoyance'),
('5', '6132', 'Locations immobilières'),
('6', '6251', 'Voyages et déplacements'),
('7', '6135', 'Locations mobilières'),
('8', '604', 'Achats d''études et prestations de services'),
('9', '616', 'Primes d''assurances'),
('10', '622', 'Rémunérations d''intermédiaires et honoraires');

create table journal_entry (
    id            uuid primary key,
    production_id uuid        not null references production (id),
    -- numbered per production (the production company keeps its own books), without gaps
    number        text        not null,
    sequence      bigint      not null,
    journal_code  text        not null,
    journal_label text        not null,
    entry_date    date        not null,
    piece_ref     text        not null,
    piece_date    date        not null,
    label         text        not null,
    valid_date    date        not null,
    invoice_id    uuid unique references invoice (id),
    created_at    timestamptz not null,
    unique (production_id, number),
    unique (production_id, sequence)
);
create index journal_entry_date on journal_entry (production_id, valid_date, sequence);

create table journal_line (
    id            uuid primary key,
    entry_id      uuid           not null references journal_entry (id) on delete cascade,
    position      integer        not null,
    account       text           not null,
    account_label text           not null,
    aux_number    text,
    aux_label     text,
    -- the budget line as analytic code (account code of the line)
    analytic_code text,
    debit         numeric(19, 2) not null default 0 check (debit >= 0),
    credit        numeric(19, 2) not null default 0 check (credit >= 0),
    unique (entry_id, position)
);
