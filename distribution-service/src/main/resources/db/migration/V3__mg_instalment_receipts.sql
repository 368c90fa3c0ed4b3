-- When the counterparty paid an instalment of its minimum guarantee (status RECEIVED); null until then.
alter table mg_instalment add column received_on date;
alter table mg_instalment add constraint mg_instalment_received_when_received
    check ((status = 'RECEIVED') = (received_on is not null));
