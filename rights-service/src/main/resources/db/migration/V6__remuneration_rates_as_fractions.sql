-- Every Bobine rate is a fraction (0.025 is 2.5 %), written on the wire as a decimal string with six decimals. A rights
-- contract's remuneration kept rnppPercent and publicPricePercent as percentages in its JSON document: they become
-- rnppRate and publicPriceRate.
create function pg_temp.rate(percent jsonb) returns jsonb language sql immutable as $$
    select case when percent is null or percent = 'null'::jsonb then 'null'::jsonb
                else to_jsonb(round((percent #>> '{}')::numeric / 100, 6)::numeric(12,6)::text) end
$$;
create function pg_temp.remuneration(r jsonb) returns jsonb language sql immutable as $$
    select (r - 'rnppPercent' - 'publicPricePercent')
           || jsonb_build_object('rnppRate', pg_temp.rate(r -> 'rnppPercent'),
                                 'publicPriceRate', pg_temp.rate(r -> 'publicPricePercent'))
$$;
update rights_contract
   set document = jsonb_set(document::jsonb, '{remuneration}', pg_temp.remuneration(document::jsonb -> 'remuneration'))::text
 where document::jsonb ? 'remuneration';
