-- The last amendment (avenant) of the contract whose terms a granted licence holds (distribution.contract.amended):
-- 0 for the terms as signed; an amendment not later than it changes nothing.
alter table granted_licence add column amendment_number integer not null default 0;
