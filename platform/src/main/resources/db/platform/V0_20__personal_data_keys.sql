-- Re-encryptions of the personal data under a new key (platform KeyRotation); one runs at a time.
create table key_rotation (
    id            uuid        primary key,
    target_key_id text        not null,
    status        text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    started_by    text        not null,
    started_at    timestamptz not null default now(),
    finished_at   timestamptz,
    re_encrypted  bigint      not null default 0,
    failure       text
);
create unique index key_rotation_one_running on key_rotation (status) where status = 'RUNNING';

-- The auditor reads the trail newest first, by person (audit_record_entity) and by user.
create index audit_record_actor on audit_record (actor, occurred_at);
