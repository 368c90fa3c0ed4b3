-- Distribution facts distribution-service owns about a production: country of origin and French release date.
create table release_profile (
    production_id      uuid primary key references production (id),
    origin_country     char(2)     not null,
    french_release_date date,
    version            bigint      not null default 0,
    updated_at         timestamptz not null
);

-- Append-only log of screenings: rows are inserted, never updated or deleted.
create table screening (
    id             uuid primary key,
    production_id  uuid        not null references production (id),
    screened_on    date        not null,
    country        char(2)     not null,
    kind           text        not null,
    is_public      boolean     not null,
    event_name     text,
    recorded_at    timestamptz not null,
    recorded_by    text        not null
);
create index screening_production on screening (production_id, screened_on);

create function screening_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the screening log is append-only';
end $$;
create trigger screening_append_only before update or delete on screening
    for each row execute function screening_is_append_only();

-- Premiere rules of festival sections: dated data, each edition may change its regulations.
create table premiere_rule (
    id                                   uuid primary key,
    code                                 text    not null,
    festival                             text    not null,
    section                              text    not null,
    no_earlier_public_screening          boolean not null,
    no_screening_outside_origin          boolean not null,
    no_international_festival            boolean not null,
    no_online                            boolean not null,
    online_geo_blocked_to_origin_allowed boolean not null,
    no_television                        boolean not null,
    no_screening_in_europe_outside_origin boolean not null,
    forbidden_countries                  text    not null default '',
    valid_from                           date    not null,
    valid_to                             date,
    source                               text    not null,
    unique (code, valid_from)
);

insert into premiere_rule values
 ('6f1c1f4e-0000-4000-8000-000000000001', 'VENICE', 'Mostra internazionale d''arte cinematografica', 'Venezia / Orizzonti',
  true, false, false, false, false, false, false, '', '2022-01-01', null,
  'labiennale.org/en/cinema/regulations (79th edition, 2022): world premieres only, no earlier festival even in the country of origin'),
 ('6f1c1f4e-0000-4000-8000-000000000002', 'CANNES', 'Festival de Cannes', 'Sélection officielle',
  false, true, true, true, false, false, false, '', '2016-01-01', null,
  'Cannes règlement (lapresse.ca 2016; majoiemagazine.com 2025): not exploited outside the country of origin, no other international event, not on the Internet'),
 ('6f1c1f4e-0000-4000-8000-000000000003', 'BERLINALE_COMPETITION', 'Berlinale', 'Competition',
  false, true, true, true, true, true, false, 'DE', '2024-01-01', null,
  'berlinale.de/de/filmanmeldung/richtlinien/wettbewerb.html; geo-blocked online in the origin country allowed per the older EN page (uncertain)'),
 ('6f1c1f4e-0000-4000-8000-000000000004', 'BERLINALE_GENERATION', 'Berlinale', 'Generation',
  false, false, false, false, false, false, true, 'DE', '2024-01-01', null,
  'berlinale.de/en/film-entry/guidelines/generation.html: no festival, release or public screening in Europe outside the country of origin, none in Germany'),
 ('6f1c1f4e-0000-4000-8000-000000000005', 'SEMAINE_CRITIQUE_SHORTS_FR', 'Semaine de la Critique', 'Courts métrages (films français)',
  true, false, false, false, false, false, false, '', '2022-01-01', null,
  'semainedelacritique.com conditions 2022: French shorts, no festival anywhere, France included; no Internet, TV or release');

-- Festival catalogue: one row per edition, with its sections and deadline tiers.
create table festival_edition (
    id               uuid primary key,
    name             text    not null,
    edition_year     integer not null,
    country          char(2) not null,
    city             text,
    starts_on        date    not null,
    ends_on          date    not null,
    notification_on  date,
    platform         text    not null,
    international    boolean not null,
    created_at       timestamptz not null,
    unique (name, edition_year)
);

create table festival_section (
    id                   uuid primary key,
    edition_id           uuid not null references festival_edition (id),
    code                 text not null,
    name                 text not null,
    premiere_requirement text not null,
    premiere_rule_code   text,
    unique (edition_id, code)
);

create table deadline_tier (
    id           uuid primary key,
    edition_id   uuid          not null references festival_edition (id),
    name         text          not null,
    deadline     date          not null,
    fee_amount   numeric(19,2) not null,
    fee_currency char(3)       not null,
    unique (edition_id, name)
);

create table festival_submission (
    id                uuid primary key,
    production_id     uuid          not null references production (id),
    edition_id        uuid          not null references festival_edition (id),
    section_code      text          not null,
    tier              text          not null,
    fee_amount        numeric(19,2) not null,
    fee_currency      char(3)       not null,
    platform          text          not null,
    tracking_id       text,
    screener_url      text,
    submitted_on      date          not null,
    submission_status text          not null,
    judging_status    text          not null,
    notified_on       date,
    fee_paid_on       date,
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    unique (production_id, edition_id, section_code)
);

-- French media chronology: dated reference data, one row per window of an accord.
create table media_window (
    id                   uuid primary key,
    code                 text    not null,
    accord               text    not null,
    media                text    not null,
    months_after_release integer not null,
    default_for_media    boolean not null,
    condition            text,
    verified             boolean not null,
    valid_from           date    not null,
    valid_to             date,
    unique (code, valid_from)
);

insert into media_window (id, code, accord, media, months_after_release, default_for_media, condition, verified, valid_from, valid_to) values
 (gen_random_uuid(), 'TVOD', 'accord of 24 Jan 2022 (arrêté 4 Feb 2022)', 'TVOD', 4, true, null, true, '2022-02-10', '2025-02-12'),
 (gen_random_uuid(), 'TVOD_SMALL_RELEASE', 'accord of 24 Jan 2022 (arrêté 4 Feb 2022)', 'TVOD', 3, false, 'films with fewer than 100,000 admissions', true, '2022-02-10', '2025-02-12'),
 (gen_random_uuid(), 'VIDEO', 'accord of 24 Jan 2022 (arrêté 4 Feb 2022)', 'VIDEO', 4, true, null, true, '2022-02-10', '2025-02-12'),
 (gen_random_uuid(), 'PAY_TV_CANAL', 'accord of 24 Jan 2022 (arrêté 4 Feb 2022)', 'PAY_TV', 6, true, 'Canal+ under its investment agreement', true, '2022-02-10', '2025-02-12'),
 (gen_random_uuid(), 'SVOD_NETFLIX', 'accord of 24 Jan 2022 (arrêté 4 Feb 2022)', 'SVOD', 15, false, 'Netflix under its investment agreement', true, '2022-02-10', '2025-02-12'),
 (gen_random_uuid(), 'SVOD_COMMITTED', 'accord of 24 Jan 2022 (arrêté 4 Feb 2022)', 'SVOD', 17, true, 'other SVOD with investment commitments', true, '2022-02-10', '2025-02-12'),
 (gen_random_uuid(), 'FREE_TV_COFINANCER', 'accord of 24 Jan 2022 (arrêté 4 Feb 2022)', 'FREE_TV', 22, true, 'free-to-air co-financers', true, '2022-02-10', '2025-02-12'),
 (gen_random_uuid(), 'FREE_TV_OTHER', 'accord of 24 Jan 2022 (arrêté 4 Feb 2022)', 'FREE_TV', 30, false, 'other free TV', false, '2022-02-10', '2025-02-12'),
 (gen_random_uuid(), 'SVOD_NO_AGREEMENT', 'accord of 24 Jan 2022 (arrêté 4 Feb 2022)', 'SVOD', 36, false, 'SVOD without agreement', false, '2022-02-10', '2025-02-12'),
 (gen_random_uuid(), 'AVOD', 'accord of 24 Jan 2022 (arrêté 4 Feb 2022)', 'AVOD', 44, true, 'free AVOD', false, '2022-02-10', '2025-02-12'),
 (gen_random_uuid(), 'TVOD', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'TVOD', 4, true, null, true, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'TVOD_SMALL_RELEASE', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'TVOD', 3, false, 'films with fewer than 100,000 admissions', true, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'VIDEO', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'VIDEO', 4, true, null, true, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'PAY_TV_CANAL', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'PAY_TV', 6, true, 'Canal+ under its investment agreement', true, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'PAY_TV_OCS', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'PAY_TV', 6, false, 'OCS', true, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'SVOD_DISNEY', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'SVOD', 9, false, 'Disney+ under its agreement with BLIC/BLOC/ARP', true, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'SVOD_NETFLIX', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'SVOD', 15, false, 'Netflix under its investment agreement', true, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'SVOD_COMMITTED', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'SVOD', 17, true, 'other SVOD with investment commitments (Prime Video, Max)', true, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'FREE_TV_COFINANCER', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'FREE_TV', 22, true, 'free-to-air co-financers', true, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'FREE_TV_OTHER', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'FREE_TV', 30, false, 'other free TV', false, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'SVOD_NO_AGREEMENT', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'SVOD', 36, false, 'SVOD without agreement', false, '2025-02-13', '2028-02-09'),
 (gen_random_uuid(), 'AVOD', 'accord of Jan 2025 (arrêté 6 Feb 2025)', 'AVOD', 44, true, 'free AVOD', false, '2025-02-13', '2028-02-09');

-- Distribution and sales contracts, their rights blocks (jsonb: media x territory x language x term) and MG instalments.
create table distribution_contract (
    id                  uuid primary key,
    production_id       uuid          not null references production (id),
    counterparty_name   text          not null,
    counterparty_kind   text          not null,
    status              text          not null,
    rights_blocks       jsonb         not null,
    mg_amount           numeric(19,2),
    mg_currency         char(3),
    commission_rate     numeric(9,6),
    expense_cap_amount  numeric(19,2),
    expense_cap_currency char(3),
    reporting_frequency text          not null,
    signed_on           date,
    version             bigint        not null default 0,
    created_at          timestamptz   not null
);

create table mg_instalment (
    id            uuid primary key,
    contract_id   uuid          not null references distribution_contract (id),
    position      integer       not null,
    label         text          not null,
    trigger       text          not null,
    share_percent numeric(9,6)  not null,
    amount        numeric(19,2) not null,
    currency      char(3)       not null,
    status        text          not null,
    due_on        date,
    unique (contract_id, position)
);

-- Deliverables per recipient with their technical specification and QC state.
create table deliverable (
    id              uuid primary key,
    production_id   uuid        not null references production (id),
    recipient       text        not null,
    kind            text        not null,
    due_on          date        not null,
    spec            jsonb       not null,
    dcp_name        text,
    qc_state        text        not null,
    mg_instalment_id uuid references mg_instalment (id),
    version         bigint      not null default 0,
    updated_at      timestamptz not null
);
create index deliverable_production on deliverable (production_id, recipient);

create table deliverable_transition (
    id             bigserial primary key,
    deliverable_id uuid        not null references deliverable (id),
    from_state     text,
    to_state       text        not null,
    note           text,
    occurred_at    timestamptz not null,
    actor          text        not null
);

-- Revenue reports from distributors and broadcasters, with their lines.
create table revenue_report (
    id            uuid primary key,
    production_id uuid          not null references production (id),
    contract_id   uuid references distribution_contract (id),
    reporter      text          not null,
    period_start  date          not null,
    period_end    date          not null,
    received_on   date          not null,
    total_amount  numeric(19,2) not null,
    currency      char(3)       not null,
    source        text          not null,
    created_at    timestamptz   not null
);
create index revenue_report_contract on revenue_report (contract_id, received_on);

create table revenue_line (
    id             uuid primary key,
    report_id      uuid          not null references revenue_report (id),
    position       integer       not null,
    media          text          not null,
    territory      char(2)       not null,
    gross_amount   numeric(19,2) not null,
    admissions     integer,
    week_start     date
);
