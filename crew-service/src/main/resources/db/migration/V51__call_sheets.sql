-- Call sheets (feuilles de service): one per shooting day and version, generated from the published schedule, the
-- contracts and the production office's settings. The generated sheet is stored as it was printed (JSON): a sent call
-- sheet is never changed, a late change is a new version of the same day's sheet that supersedes it.
create table call_sheet (
    id                  uuid primary key,
    production_id       uuid        not null references production (id),
    shoot_date          date        not null,
    number              integer     not null,
    status              text        not null check (status in ('DRAFT', 'SENT')),
    schedule_version_id uuid        not null references schedule_version (id),
    details             text        not null,
    content             text        not null,
    supersedes          uuid references call_sheet (id),
    version             bigint      not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    sent_at             timestamptz,
    sent_by             text,
    unique (production_id, shoot_date, number)
);
-- one draft at a time per day
create unique index call_sheet_one_draft on call_sheet (production_id, shoot_date) where status = 'DRAFT';
