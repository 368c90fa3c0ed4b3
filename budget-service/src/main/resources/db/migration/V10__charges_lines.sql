-- Employer charges from crew events are booked on the row of charges the devis computed for a chapter-4 account.
-- That row is no devis line: its lineage is derived from the budget and the account. This registry lets SQL readers
-- (the payroll journal) find the account of such a lineage.
create table charges_line (
    lineage      uuid primary key,
    budget_id    uuid not null references budget (id),
    account_code text not null,
    unique (budget_id, account_code)
);
