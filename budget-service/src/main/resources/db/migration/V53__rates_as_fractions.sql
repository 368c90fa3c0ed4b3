-- Every Bobine rate is a fraction (0.2 is 20 %), written on the wire as a decimal string with six decimals.
-- The cash-flow VAT rate and the three-way-match tolerance were percentages with at most four decimals, so a fraction
-- with six keeps them exactly.
alter table cash_flow_settings drop constraint if exists cash_flow_settings_vat_rate_percent_check;
alter table cash_flow_settings rename column vat_rate_percent to vat_rate;
alter table cash_flow_settings alter column vat_rate type numeric(9, 6) using vat_rate / 100;
alter table cash_flow_settings add constraint cash_flow_settings_vat_rate_fraction check (vat_rate between 0 and 1);

alter table match_tolerance drop constraint if exists match_tolerance_percent_check;
alter table match_tolerance rename column percent to rate;
alter table match_tolerance alter column rate type numeric(9, 6) using rate / 100;
alter table match_tolerance add constraint match_tolerance_rate_fraction check (rate between 0 and 1);
