-- crew.contract.amended: the figures of a crew contract change by amendment (avenant); the last number applied is kept
-- so that each amendment moves the commitment once, in order.
alter table crew_contract add column amendment_number integer not null default 0;
