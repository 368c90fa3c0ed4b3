-- Financing plan per production: sources, instalments, and the dated tax-credit rates of the estimate.

-- Tax-credit rates with their validity (shared/domain/budget.md §2.2; CGI 220 sexies, 220 quaterdecies). The notes
-- mark the history as uncertain: rates are data, editable through the API.
create table tax_credit_rate (
    id         uuid primary key,
    scheme     text           not null,
    rate       numeric(9, 6)  not null check (rate >= 0 and rate <= 1),
    cap        numeric(19, 2) check (cap is null or cap >= 0),
    valid_from date           not null,
    valid_to   date,
    source     text,
    version    bigint         not null default 0,
    constraint tax_credit_rate_period check (valid_to is null or valid_to >= valid_from)
);
create index tax_credit_rate_scheme on tax_credit_rate (scheme, valid_from);

insert into tax_credit_rate (id, scheme, rate, cap, valid_from, source) values
    ('7c1d2e3f-0000-4000-8000-000000000001', 'CINEMA', 0.200000, 30000000.00, '2016-01-01', 'CGI 220 sexies, loi de finances 2016: taux de base'),
    ('7c1d2e3f-0000-4000-8000-000000000002', 'CINEMA_FRENCH_LANGUAGE', 0.300000, 30000000.00, '2016-01-01', 'CGI 220 sexies: films en langue française, animation, effets visuels'),
    ('7c1d2e3f-0000-4000-8000-000000000003', 'AUDIOVISUAL', 0.200000, null, '2016-01-01', 'CGI 220 sexies: crédit d''impôt audiovisuel, taux de base'),
    ('7c1d2e3f-0000-4000-8000-000000000004', 'AUDIOVISUAL_FICTION', 0.250000, null, '2016-01-01', 'CGI 220 sexies: fiction audiovisuelle'),
    ('7c1d2e3f-0000-4000-8000-000000000005', 'INTERNATIONAL', 0.300000, 30000000.00, '2020-01-01', 'CGI 220 quaterdecies (C2I)');

create table financing_plan (
    production_id            uuid primary key references production (id),
    difficult_or_low_budget  boolean not null default false,
    tax_credit_scheme        text    not null default 'CINEMA_FRENCH_LANGUAGE',
    version                  bigint  not null default 0
);

create table financing_source (
    id            uuid primary key,
    production_id uuid           not null references production (id),
    kind          text           not null,
    financier     text           not null,
    amount        numeric(19, 2) not null check (amount >= 0),
    currency      char(3)        not null,
    status        text           not null check (status in ('PLANNED', 'REQUESTED', 'CONFIRMED', 'RECEIVED')),
    public_aid    boolean        not null,
    expected_date date,
    actual_date   date,
    note          text,
    created_at    timestamptz    not null,
    confirmed_at  timestamptz,
    version       bigint         not null default 0
);
create index financing_source_production on financing_source (production_id, created_at);

create table financing_instalment (
    id            uuid primary key,
    source_id     uuid           not null references financing_source (id) on delete cascade,
    position      integer        not null,
    due_date      date           not null,
    amount        numeric(19, 2) not null check (amount >= 0),
    received_date date,
    unique (source_id, position)
);
