-- Every Bobine rate is a fraction (0.25 is 25 %), written on the wire as a decimal string with six decimals.
-- Commissions and MG shares were percentages (input with at most four decimals, so a fraction keeps them exactly).
update distribution_contract set commission_rate = commission_rate / 100 where commission_rate is not null;
alter table distribution_contract
    add constraint distribution_contract_commission_rate_fraction check (commission_rate between 0 and 1);

alter table mg_instalment rename column share_percent to share;
update mg_instalment set share = share / 100;
alter table mg_instalment add constraint mg_instalment_share_fraction check (share between 0 and 1);

-- The terms kept with each amendment, as JSON: commissionRate and each instalment's sharePercent become the wire
-- strings of today's documents ("0.250000", share "0.200000").
create function pg_temp.fraction(percent jsonb) returns jsonb language sql immutable as $$
    select case when percent is null or percent = 'null'::jsonb then 'null'::jsonb
                else to_jsonb(((percent #>> '{}')::numeric / 100)::numeric(12,6)::text) end
$$;
create function pg_temp.terms(terms jsonb) returns jsonb language sql immutable as $$
    select jsonb_set(terms, '{commissionRate}', pg_temp.fraction(terms -> 'commissionRate'))
           || jsonb_build_object('instalments', coalesce((
                select jsonb_agg((i - 'sharePercent') || jsonb_build_object('share', pg_temp.fraction(i -> 'sharePercent'))
                                 order by n)
                  from jsonb_array_elements(terms -> 'instalments') with ordinality as e(i, n)), '[]'::jsonb))
$$;
update distribution_contract_amendment set terms_before = pg_temp.terms(terms_before), terms_after = pg_temp.terms(terms_after);
