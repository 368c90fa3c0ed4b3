-- The effect of test.step.recorded (platform tests only): one row per step of a production, numbered as applied.
create table test_step (
    id            bigserial primary key,
    production_id uuid    not null,
    step          integer not null,
    event_id      text    not null,
    trace_id      text
);
