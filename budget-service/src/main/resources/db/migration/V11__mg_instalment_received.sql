-- The day the distributor paid a minimum-guarantee instalment that fell due (distribution.mg.instalment.received):
-- the cash-flow plan shows the money in on that day, as received. Null while it is only owed.
alter table financing_instalment_due add column received_on date;
