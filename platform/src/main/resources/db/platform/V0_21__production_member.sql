-- Who works on which production with which roles: the master in budget-service, a copy in every other service fed
-- by production.member.* events (platform Membership). A null production_id is a grant on every production.
create table production_member (
    id            uuid        primary key,
    production_id uuid,
    user_name     text        not null,
    roles         text[]      not null,
    version       bigint      not null default 0,
    granted_by    text,
    updated_at    timestamptz not null default now(),
    unique nulls not distinct (production_id, user_name)
);
create index production_member_user on production_member (user_name);
