-- Issue 16: retention of the event plumbing, and the trace context the outbox relay continues.
-- Numbered after the issue so that it cannot take a number another change gives a platform migration; databases
-- that already hold service migrations apply it out of order (quarkus.flyway.out-of-order).

-- Published outbox rows are deleted after bobine.outbox.retention (the events stay in Kafka); this index finds them.
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
-- The W3C traceparent of the transaction that wrote the event (also in the payload's CloudEvents tracing extension),
-- so that the relay publishes under it without parsing the payload.
alter table outbox_event add column traceparent text;

-- Inbox ids are deleted after bobine.inbox.retention. Each row says where the event was read (topic, partition,
-- offset) and when it was applied: clock_timestamp(), so that events applied in one transaction keep their order.
alter table processed_event
    add column topic           text,
    add column kafka_partition integer,
    add column kafka_offset    bigint,
    alter column processed_at set default clock_timestamp();
create index processed_event_processed_at on processed_event (processed_at);

-- What the purge forgot: per consumer and partition, the highest offset whose id was deleted. A record at or below it
-- was applied before (records of a partition are applied in order), so a replay or an expired consumer-group offset
-- cannot apply it twice after its id is gone.
create table inbox_watermark (
    consumer         text        not null,
    topic            text        not null,
    kafka_partition  integer     not null,
    purged_to_offset bigint      not null,
    purged_at        timestamptz not null default now(),
    primary key (consumer, topic, kafka_partition)
);
