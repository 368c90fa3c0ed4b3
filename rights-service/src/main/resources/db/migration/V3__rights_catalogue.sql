-- Works and their rights holders, rights contracts (chain of title), licences granted downstream (from distribution-service),
-- music cue sheets and the production's ISAN. Holders, rights blocks, remuneration and cues are JSON documents of their owner.

create table work (
    id            uuid primary key,
    production_id uuid        not null references production (id),
    kind          text        not null,
    title         text        not null,
    adapted_from  uuid references work (id),
    document      text        not null,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now()
);
create index work_production on work (production_id);

create table rights_contract (
    id            uuid primary key,
    production_id uuid        not null references production (id),
    work_id       uuid        not null references work (id),
    kind          text        not null,
    holder_name   text        not null,
    status        text        not null check (status in ('DRAFT', 'SIGNED')),
    signed_on     date,
    document      text        not null,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now()
);
create index rights_contract_production on rights_contract (production_id);

create table granted_licence (
    contract_id   uuid primary key,
    production_id uuid        not null,
    licensee      text        not null,
    signed_on     date        not null,
    blocks        text        not null,
    received_at   timestamptz not null default now()
);
create index granted_licence_production on granted_licence (production_id);

create table cue_sheet (
    id             uuid primary key,
    production_id  uuid        not null references production (id),
    episode_number integer,
    status         text        not null check (status in ('DRAFT', 'FINALIZED')),
    document       text        not null,
    version        bigint      not null default 0,
    finalized_at   timestamptz,
    created_at     timestamptz not null default now()
);
create unique index cue_sheet_episode on cue_sheet (production_id, coalesce(episode_number, 0));

create table production_isan (
    production_id uuid primary key references production (id),
    root          char(12)    not null,
    episode       char(4)     not null,
    isan_version  char(8),
    formatted     text        not null,
    registered_at timestamptz not null default now()
);
