-- What a receipt is: receipts of an exploitation, or an MG or a pre-sale the producer received, which count as the
-- producer's net receipts when received (protocole du 16/12/2010, art. 3.2); whether it is part of the final financing
-- plan (RNPP-AI, and by default RNPP-A, do not count those). The kind of counterparty of a licence granted downstream
-- tells an MG from a pre-sale.
alter table receipt add column kind text not null default 'EXPLOITATION'
    check (kind in ('EXPLOITATION', 'MINIMUM_GUARANTEE', 'PRE_SALE'));
alter table receipt add column in_financing_plan boolean not null default false;
alter table receipt add constraint receipt_financing_is_an_advance check (kind <> 'EXPLOITATION' or not in_financing_plan);
alter table granted_licence add column counterparty_kind text;
