-- The hours an agreement guarantees to pay, whatever fewer hours were worked: dated reference data, editable through
-- /reference/pay-guarantees. A weekly engagement is guaranteed the greater of weekly_hours and, when
-- contract_weekly_hours, the contract's weekly reference duration; six_day_week_hours apply to a week of six worked
-- days outside the Paris region; daily_hours to each worked day of a day engagement. Null guarantees nothing.
create table pay_guarantee (
    id                     uuid primary key,
    agreement              text         not null,
    engagement             text         not null,
    weekly_hours           numeric(5,2) check (weekly_hours > 0),
    contract_weekly_hours  boolean      not null default false,
    six_day_week_hours     numeric(5,2) check (six_day_week_hours > 0),
    daily_hours            numeric(5,2) check (daily_hours > 0),
    valid_from             date         not null,
    valid_to               date,
    source                 text         not null,
    created_at             timestamptz  not null default now(),
    check (engagement = 'WEEKLY' and daily_hours is null
           or engagement = 'DAILY' and weekly_hours is null and six_day_week_hours is null and not contract_weekly_hours)
);
create index pay_guarantee_lookup_idx on pay_guarantee (agreement, engagement, valid_from);

insert into pay_guarantee (id, agreement, engagement, weekly_hours, contract_weekly_hours, six_day_week_hours, daily_hours,
                           valid_from, valid_to, source) values
 (gen_random_uuid(), 'IDCC_3097', 'WEEKLY', 39, true, 47, null, '2013-10-01', null,
  'CCN 3097 Titre II art. 25 (guaranteed minimum of 39 h, 4 of them at +25 %) and art. 26 (47 h in a six-day week outside the Paris region)'),
 (gen_random_uuid(), 'IDCC_3097', 'DAILY', null, false, null, 7, '2013-10-01', null,
  'CCN 3097 Titre II art. 16 (the day is indivisible, paid 7 h at least) and art. 34 (daily pay never below 7 h)'),
 (gen_random_uuid(), 'IDCC_2642', 'WEEKLY', null, true, null, null, '2007-08-01', null,
  'CCN 2642 art. IV.2.1 (a CDDU is paid by the week) and V.2.2 (the contract states its weekly reference duration); the agreement sets no minimum of its own'),
 (gen_random_uuid(), 'IDCC_2642', 'DAILY', null, false, null, 8, '2007-08-01', null,
  'CCN 2642 art. IV.2.1 (a CDDU of 4 days or less is paid by the day) and VI.8.4 (the overrun starts after the 8th hour)');
