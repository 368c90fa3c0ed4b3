-- Rest between shooting days (issue 18): the premium of the hours that cut into the daily rest becomes a fraction
-- of the base hourly rate (1.00 = +100 %, 0.50 = +50 %) that the timesheets read for both agreements, the weekly
-- limits (weekly rest, 48 h maximum, 60 h derogation maximum) become dated reference data, and the warnings a
-- submitted week raises against them are stored with the week.

alter table daily_rest_rule add column premium_rate numeric(4, 2) check (premium_rate >= 0 and premium_rate <= 3);
update daily_rest_rule set premium_rate = premium_percent / 100.0 where premium_percent is not null;
alter table daily_rest_rule drop column premium_percent;

-- CCN 3097 art. 35 is in Titre II (technicians); the notes we work from (shared/domain/crew.md) do not establish
-- whether Titre III gives artists the same premium. The row keeps no premium (nothing paid automatically) and says so;
-- payroll adds a dated rule with a premiumRate once the Titre III text is checked.
update daily_rest_rule
   set source = source || '. Encroachment premium for artists not established (art. 35 is Titre II): none paid until a dated rule sets one'
 where agreement = 'IDCC_3097' and staff = 'ARTIST' and valid_to is null and premium_rate is null;

-- The weekly limits of an agreement for technicians or artists, dated: the weekly rest a civil week must contain (the
-- 24 h weekly rest plus the 11 h daily rest), the usual weekly maximum and the maximum a derogation allows. Crossing
-- one is a warning on the week, not a refusal: the production may hold the derogation.
create table weekly_work_limit (
    id                       uuid primary key,
    agreement                text          not null,
    staff                    text          not null check (staff in ('TECHNICIAN', 'ARTIST')),
    weekly_rest_hours        numeric(5, 2) not null check (weekly_rest_hours > 0 and weekly_rest_hours <= 168),
    maximum_hours            numeric(5, 2) not null check (maximum_hours > 0 and maximum_hours <= 168),
    derogation_maximum_hours numeric(5, 2) not null check (derogation_maximum_hours <= 168),
    valid_from               date          not null,
    valid_to                 date,
    source                   text          not null,
    check (derogation_maximum_hours >= maximum_hours),
    check (valid_to is null or valid_to >= valid_from)
);
insert into weekly_work_limit (id, agreement, staff, weekly_rest_hours, maximum_hours, derogation_maximum_hours, valid_from,
                               valid_to, source) values
 (gen_random_uuid(), 'IDCC_3097', 'TECHNICIAN', 35, 48, 60, '2013-10-01', null,
  'C. trav. L3132-2 (24 h + 11 h daily rest), L3121-20 (48 h); CCN 3097 Titre II art. 25 (48 h a week), art. 24 preamble (shooting weeks up to 60 h); art. 25 asks two rest days but art. 26 allows 6-day weeks, so the floor is the legal 35 h'),
 (gen_random_uuid(), 'IDCC_3097', 'ARTIST', 35, 48, 60, '2013-10-01', null,
  'C. trav. L3132-2, L3121-20; Titre III limits not established in our notes: the technicians'' figures apply until checked'),
 (gen_random_uuid(), 'IDCC_2642', 'TECHNICIAN', 35, 48, 60, '2007-01-01', null,
  'CCN 2642 art. VI.3.2.1 (48 h a week; 60 h for 6-day shooting weeks), VI.3.2.2 (24 h weekly rest + daily rest); C. trav. L3132-2'),
 (gen_random_uuid(), 'IDCC_2642', 'ARTIST', 35, 48, 60, '2007-01-01', null,
  'CCN 2642 art. VI.3.2.1-2 applied to artists as to technicians (no specific rule found); C. trav. L3132-2, L3121-20');

-- The warnings a week raised when it was submitted, in the order they were found.
create table timesheet_warning (
    timesheet_id uuid    not null references timesheet (id) on delete cascade,
    position     integer not null,
    code         text    not null check (code in ('WEEKLY_REST_SHORT', 'WEEKLY_MAXIMUM_EXCEEDED', 'DEROGATION_MAXIMUM_EXCEEDED')),
    message      text    not null,
    primary key (timesheet_id, position)
);
