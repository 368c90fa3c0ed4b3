-- Rights fees booked from rights-service (rights.contract.signed) are cost entries of their own source.
alter table cost_entry drop constraint cost_entry_source_check;
alter table cost_entry add constraint cost_entry_source_check check (source in ('INVOICE', 'CREW', 'RIGHTS'));
