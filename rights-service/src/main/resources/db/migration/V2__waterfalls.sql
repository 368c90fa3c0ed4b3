-- Revenue waterfalls (scenarios per production), receipts, the allocations each receipt made, statements to
-- participants, and the dated rates the French presets read.

create table waterfall_rate (
    id          uuid primary key,
    code        text          not null,
    label       text          not null,
    rate        numeric(9, 6) not null check (rate >= 0 and rate <= 1),
    valid_from  date          not null,
    valid_to    date,
    source      text          not null,
    created_at  timestamptz   not null default now(),
    unique (code, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

insert into waterfall_rate (id, code, label, rate, valid_from, valid_to, source) values
 ('00000000-0000-4000-8000-000000000001', 'FR_VAT_CINEMA_TICKET', 'TVA sur les billets de cinéma', 0.055000, '2007-01-01', '2011-12-31', 'CGI art. 278-0 bis'),
 ('00000000-0000-4000-8000-000000000002', 'FR_VAT_CINEMA_TICKET', 'TVA sur les billets de cinéma', 0.070000, '2012-01-01', '2013-12-31', 'Loi 2011-1978, taux réduit 7%'),
 ('00000000-0000-4000-8000-000000000003', 'FR_VAT_CINEMA_TICKET', 'TVA sur les billets de cinéma', 0.055000, '2014-01-01', null, 'CGI art. 278-0 bis (BOFiP)'),
 ('00000000-0000-4000-8000-000000000004', 'FR_TSA', 'Taxe spéciale additionnelle (TSA) sur le prix des places', 0.107200, '2007-01-01', null, 'Code du cinéma L115-1 ff. (taux unique de la réforme 2006)'),
 ('00000000-0000-4000-8000-000000000005', 'FR_RENTAL_RATE_DEFAULT', 'Taux de location moyen (métropole), défaut du préréglage', 0.470000, '2010-01-01', null, 'Code du cinéma L213-11 (25% à 50%); moyenne métropole ~47%'),
 ('00000000-0000-4000-8000-000000000006', 'FR_RNPP_COMMISSION_CAP_WITHOUT_MG', 'Plafond de commission distributeur pour les RNPP auteurs, sans MG', 0.250000, '2011-02-07', null, 'Protocole du 16/12/2010, arrêté du 7/2/2011'),
 ('00000000-0000-4000-8000-000000000007', 'FR_RNPP_COMMISSION_CAP_WITH_MG', 'Plafond de commission distributeur pour les RNPP auteurs, avec MG', 0.350000, '2011-02-07', null, 'Protocole du 16/12/2010, arrêté du 7/2/2011');

create table waterfall (
    id            uuid primary key,
    production_id uuid        not null,
    name          text        not null,
    currency      char(3)     not null,
    release_date  date,
    definition    text        not null,
    state         text        not null,
    version       bigint      not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    unique (production_id, name)
);

create table receipt (
    id            uuid primary key,
    production_id uuid          not null,
    seq           bigserial     not null unique,
    source        text          not null,
    source_ref    text          not null,
    received_on   date          not null,
    media         text          not null,
    territory     char(2)       not null,
    gross         numeric(19,2) not null check (gross >= 0),
    currency      char(3)       not null,
    admissions    integer,
    report_id     uuid,
    reporter      text,
    created_at    timestamptz   not null default now(),
    unique (production_id, source_ref)
);
create index receipt_production on receipt (production_id, seq);

create table allocation (
    id           uuid primary key,
    waterfall_id uuid          not null references waterfall (id) on delete cascade,
    receipt_id   uuid          not null references receipt (id),
    step_order   integer       not null,
    node_id      text          not null,
    holder       text          not null,
    kind         text          not null,
    reached      numeric(19,2) not null,
    took         numeric(19,2) not null,
    reason       text          not null,
    unique (waterfall_id, receipt_id, step_order)
);
create index allocation_holder on allocation (waterfall_id, holder);

create table statement (
    id            uuid primary key,
    production_id uuid          not null,
    waterfall_id  uuid          not null references waterfall (id),
    holder        text          not null,
    period_start  date          not null,
    period_end    date          not null,
    currency      char(3)       not null,
    amount_due    numeric(19,2) not null,
    document      text          not null,
    issued_at     timestamptz   not null,
    unique (waterfall_id, holder, period_start, period_end)
);
