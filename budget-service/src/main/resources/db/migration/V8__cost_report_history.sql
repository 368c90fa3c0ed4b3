-- What the accountant sent: a cost report kept as it stood on a week-ending date (all lines and totals, the estimates
-- to complete of that week included), immutable, one per production and week-ending date.
create table cost_report_snapshot (
    id             uuid primary key,
    production_id  uuid        not null references production (id),
    week_ending    date        not null,
    note           text,
    version_id     uuid        not null references budget_version (id),
    version_number integer     not null,
    report         jsonb       not null,
    taken_at       timestamptz not null,
    taken_by       text        not null,
    unique (production_id, week_ending)
);

-- The closing statement (coût définitif): the accountant's explanation of each chapter's variance, editable until the
-- statement is closed (If-Match on its version).
create table closing_explanation (
    production_id uuid        not null references production (id),
    chapter_code  text        not null,
    explanation   text        not null,
    updated_at    timestamptz not null,
    updated_by    text        not null,
    version       bigint      not null default 0,
    primary key (production_id, chapter_code)
);

-- The closed statement, frozen as it was served: one per production, never changed.
create table closing_statement (
    production_id  uuid primary key references production (id),
    version_id     uuid        not null references budget_version (id),
    statement      jsonb       not null,
    -- the reason the accountant gave for closing while items were still open; null when none were
    override_reason text,
    closed_at      timestamptz not null,
    closed_by      text        not null
);
