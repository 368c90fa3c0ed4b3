-- Accounting, second part (issue 4): payments imported back from the accounting software (tables of V6), the bank
-- and payroll journal entries, lettering, and festival and delivery costs from distribution-service.

-- What an imported payment line said, kept so that a line seen again under the same reference can be compared.
alter table payment add column supplier_siret char(14);
alter table payment add column invoice_number text;
-- the line of the file it came from (null when typed by hand)
alter table payment add column line_number integer;
create index payment_import_production on payment_import (production_id, imported_at);

-- A journal entry comes from one invoice (purchase, journal AC), one payment (bank, journal BQ) or one monthly payroll
-- posting (OD de paie, journal PAIE).
alter table journal_entry add column payment_id uuid unique references payment (id);
alter table journal_entry add column payroll_month char(7) check (payroll_month ~ '^[0-9]{4}-[0-9]{2}$');

-- Lettering (FEC EcritureLet / DateLet): the supplier lines of an invoice and of the payments that settle it in full
-- share one code, set on the day the last payment was made.
alter table journal_line add column lettering text;
alter table journal_line add column lettered_on date;
alter table journal_line add constraint journal_line_lettering check ((lettering is null) = (lettered_on is null));

-- A CREW actual is posted once in a payroll entry: the primary key is the guard.
create table payroll_posting_item (
    cost_entry_id uuid primary key references cost_entry (id),
    entry_id      uuid not null references journal_entry (id)
);

-- The credit side of the payroll entry, editable like the expense mapping: gross salaries due (421) and the social
-- security bodies (431). PCG 2014, art. 932-1 (accounts 421 "Personnel - rémunérations dues", 431 "Sécurité sociale").
create table payroll_account (
    kind        text primary key check (kind in ('GROSS', 'CHARGES')),
    pcg_account text   not null check (pcg_account ~ '^[0-9]{3}[0-9A-Za-z]*$'),
    pcg_label   text   not null,
    version     bigint not null default 0
);
insert into payroll_account (kind, pcg_account, pcg_label) values
('GROSS', '421', 'Personnel - rémunérations dues'),
('CHARGES', '431', 'Sécurité sociale');

-- Which devis account a distribution cost category is booked on, per budget template (account codes differ between
-- templates). Editable. FESTIVAL_FEE goes to CNC-CINEMA 92 "Publicité, promotion et divers": a festival entry fee
-- promotes the film and is not a production cost of chapters 1-8; 93 (legal, sundries, audit) and 94 (finance
-- costs) fit worse. The audiovisual template has no promotion account, so nothing is seeded for it: such an event is
-- parked until a mapping is set.
create table distribution_cost_mapping (
    template_code       text   not null,
    category            text   not null check (category ~ '^[A-Z][A-Z_]*$'),
    budget_account_code text   not null,
    version             bigint not null default 0,
    primary key (template_code, category),
    foreign key (template_code, budget_account_code) references template_account (template_code, code)
);
insert into distribution_cost_mapping (template_code, category, budget_account_code) values
('CNC-CINEMA', 'FESTIVAL_FEE', '92');
