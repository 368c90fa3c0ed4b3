-- Plumbing tables every service has (platform module). Service migrations start at V1.

-- Transactional outbox: written in the business transaction, published by OutboxRelay.
create table outbox_event (
    seq          bigserial primary key,
    id           uuid        not null unique,
    topic        text        not null,
    event_key    text        not null,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    attempts     integer     not null default 0
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Inbox: one row per event a consumer applied, written in the transaction of the effect.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Events a consumer could not apply, with the reason.
create table dead_letter_event (
    id              bigserial primary key,
    consumer        text        not null,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    event_key       text,
    event_id        text,
    event_type      text,
    payload         text,
    reason          text        not null,
    parked_at       timestamptz not null default now(),
    resolved_at     timestamptz,
    unique (consumer, topic, kafka_partition, kafka_offset)
);

-- Idempotency-Key: the first response to a key, replayed to its retries.
create table idempotency_record (
    owner       text        not null,
    idem_key    text        not null,
    fingerprint text        not null,
    status      integer,
    body        text,
    location    text,
    etag        text,
    created_at  timestamptz not null default now(),
    primary key (owner, idem_key)
);

-- Audit trail of changes to money and contracts.
create table audit_record (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    actor        text        not null,
    action       text        not null,
    entity_type  text        not null,
    entity_id    text        not null,
    before_state jsonb,
    after_state  jsonb
);
create index audit_record_entity on audit_record (entity_type, entity_id);
