-- The production office: the script breakdown (sets and scenes), the shooting schedule (plan de travail) in
-- versions, the production office's settings used by the call sheets, and the dated daily-rest rules of the
-- agreements. Versions 50+ are the schedule's range (other features of crew-service number theirs below).

-- A set or location where scenes are shot, with the address the call sheet gives.
create table shooting_set (
    id               uuid primary key,
    production_id    uuid        not null references production (id),
    code             text        not null,
    name             text        not null,
    kind             text        not null check (kind in ('STUDIO', 'LOCATION')),
    street           text        not null,
    postcode         text        not null,
    town             text        not null,
    country          char(2)     not null,
    access_notes     text,
    nearest_hospital text,
    -- lower case without accents, for the q search
    search_text      text        not null,
    version          bigint      not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    unique (production_id, code)
);

-- A scene of the breakdown: its number in the script, its set, INT/EXT, DAY/NIGHT, its length in eighths of a page,
-- its cast (JSON array of {personId, character}) and special needs.
create table scene (
    id             uuid primary key,
    production_id  uuid        not null references production (id),
    number         text        not null,
    -- the number's leading digits zero-padded, then the rest: 2 sorts before 12, 12 before 12A
    number_sort    text        not null,
    set_id         uuid        not null references shooting_set (id),
    setting        text        not null check (setting in ('INT', 'EXT', 'INT_EXT')),
    time_of_day    text        not null check (time_of_day in ('DAY', 'NIGHT')),
    eighths        integer     not null check (eighths > 0),
    synopsis       text,
    cast_members   text        not null default '[]',
    special_needs  text[]      not null default '{}',
    search_text    text        not null,
    version        bigint      not null default 0,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    unique (production_id, number)
);
create index scene_set_idx on scene (set_id);

-- A version of the shooting schedule. One version per production is PUBLISHED (the plan the office works to); a
-- draft is changed until it is published; a published version is never changed, the next one supersedes it.
create table schedule_version (
    id            uuid primary key,
    production_id uuid        not null references production (id),
    number        integer     not null,
    status        text        not null check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    label         text,
    based_on      uuid references schedule_version (id),
    version       bigint      not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    published_at  timestamptz,
    published_by  text,
    unique (production_id, number)
);
create unique index schedule_version_one_published on schedule_version (production_id) where status = 'PUBLISHED';

-- A shooting day of a version: the unit's call and estimated wrap (a wrap at or before the call is the next
-- morning), the meal break, and its scenes in shooting order.
create table shooting_day (
    id                 uuid primary key,
    version_id         uuid    not null references schedule_version (id) on delete cascade,
    shoot_date         date    not null,
    unit_call          time    not null,
    estimated_wrap     time    not null,
    meal_break_minutes integer not null check (meal_break_minutes between 0 and 240),
    notes              text,
    unique (version_id, shoot_date)
);
create table shooting_day_scene (
    day_id     uuid    not null references shooting_day (id) on delete cascade,
    version_id uuid    not null references schedule_version (id) on delete cascade,
    scene_id   uuid    not null references scene (id),
    position   integer not null,
    primary key (day_id, position),
    -- a scene is shot on one day of a plan
    unique (version_id, scene_id)
);

-- The department each position is called with on the call sheet (reference data; a production may file a
-- position elsewhere in its production-office settings).
create table position_department (
    position_code text primary key references position (code),
    department    text not null
);
insert into position_department (position_code, department) values
 ('3097-DIR-PHOTO', 'CAMERA'),
 ('3097-1ER-ASS-OP', 'CAMERA'),
 ('3097-2E-ASS-OP', 'CAMERA'),
 ('3097-CHEF-OP-SON', 'SOUND'),
 ('3097-REGISSEUR-GEN', 'LOCATIONS'),
 ('3097-SECR-PROD', 'PRODUCTION'),
 ('3097-CHEF-ELEC', 'LIGHTING'),
 ('3097-ARTISTE', 'CAST'),
 ('2642-1ER-ASS-REAL', 'DIRECTION'),
 ('2642-2E-ASS-REAL', 'DIRECTION');

-- The production office of a production: its address and phone, the call of each department relative to the unit
-- call (and its wrap relative to the unit wrap), the emergency contacts and the position departments it overrides
-- (JSON arrays), printed on every call sheet.
create table production_office (
    production_id        uuid primary key references production (id),
    address              text,
    phone                text,
    department_calls     text        not null default '[]',
    emergency_contacts   text        not null default '[]',
    position_departments text        not null default '[]',
    version              bigint      not null default 0,
    updated_at           timestamptz not null
);

-- The daily rest between the end of a day's work and the next call, per agreement and kind of staff, dated: the
-- rest the agreement asks for, the floor below which no call is allowed, how many shortened rests a week it allows
-- (null: no weekly limit) and the premium of the hours that cut into it (null: compensated by rest or another
-- premium the agreement names).
create table daily_rest_rule (
    id                    uuid primary key,
    agreement             text         not null,
    staff                 text         not null check (staff in ('TECHNICIAN', 'ARTIST')),
    rest_minutes          integer      not null check (rest_minutes > 0),
    floor_minutes         integer      not null check (floor_minutes > 0),
    reductions_per_week   integer check (reductions_per_week >= 0),
    premium_percent       integer check (premium_percent >= 0),
    valid_from            date         not null,
    valid_to              date,
    source                text         not null,
    check (floor_minutes <= rest_minutes)
);
insert into daily_rest_rule (id, agreement, staff, rest_minutes, floor_minutes, reductions_per_week, premium_percent,
                             valid_from, valid_to, source) values
 (gen_random_uuid(), 'IDCC_3097', 'TECHNICIAN', 660, 540, null, 100, '2013-10-01', null,
  'CCN 3097 Titre II art. 27 (11 h between two days) and art. 35 (hours cutting into it +100 %); C. trav. D3131-6 (never below 9 h)'),
 (gen_random_uuid(), 'IDCC_3097', 'ARTIST', 720, 540, null, null, '2013-10-01', null,
  'CCN 3097 Titre III (artists: 12 h, 11 h after a 13-hour day; 9 h at least from a night to the next morning); C. trav. D3131-6'),
 (gen_random_uuid(), 'IDCC_2642', 'TECHNICIAN', 660, 540, 2, 50, '2007-01-01', null,
  'CCN 2642 art. VI.3.1.2 (11 h, down to 9 h twice a week at most for the listed jobs, encroaching hours +50 % or rest)'),
 (gen_random_uuid(), 'IDCC_2642', 'ARTIST', 660, 540, 2, 50, '2007-01-01', null,
  'CCN 2642 art. VI.3.1.2 applied to artists as to technicians (no specific rule found); C. trav. D3131-6');
