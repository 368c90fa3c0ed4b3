-- Seed grids from the sources quoted in shared/domain/crew.md §3.3; each row names its source. They are examples of
-- the published minima at their date; the production office loads the grid in force through the API.
insert into position (code, label, agreement, annexe, cadre, set_craft) values
 ('3097-DIR-PHOTO', 'Directeur de la photographie', 'IDCC_3097', 'ANNEXE_8', true, false),
 ('3097-CHEF-OP-SON', 'Chef opérateur du son', 'IDCC_3097', 'ANNEXE_8', true, false),
 ('3097-REGISSEUR-GEN', 'Régisseur général', 'IDCC_3097', 'ANNEXE_8', true, false),
 ('3097-SECR-PROD', 'Secrétaire de production', 'IDCC_3097', 'ANNEXE_8', false, false),
 ('3097-1ER-ASS-OP', '1er assistant opérateur', 'IDCC_3097', 'ANNEXE_8', false, false),
 ('3097-2E-ASS-OP', '2e assistant opérateur', 'IDCC_3097', 'ANNEXE_8', false, false),
 ('3097-CHEF-ELEC', 'Chef électricien', 'IDCC_3097', 'ANNEXE_8', false, true),
 ('3097-ARTISTE', 'Artiste interprète (rôle)', 'IDCC_3097', 'ANNEXE_10', false, false),
 ('2642-1ER-ASS-REAL', '1er assistant réalisateur', 'IDCC_2642', 'ANNEXE_8', false, false),
 ('2642-2E-ASS-REAL', '2e assistant réalisateur', 'IDCC_2642', 'ANNEXE_8', false, false);

insert into salary_minimum (id, position_code, engagement, weekly_hours, amount, valid_from, valid_to, source) values
 (gen_random_uuid(), '3097-DIR-PHOTO', 'WEEKLY', 39, 2587.53, '2012-01-01', null, 'CCN 3097 salary grid 1 Jan 2012'),
 (gen_random_uuid(), '3097-CHEF-OP-SON', 'WEEKLY', 39, 1798.39, '2012-01-01', null, 'CCN 3097 salary grid 1 Jan 2012'),
 (gen_random_uuid(), '3097-REGISSEUR-GEN', 'WEEKLY', 39, 1369.00, '2012-01-01', null, 'CCN 3097 salary grid 1 Jan 2012'),
 (gen_random_uuid(), '3097-SECR-PROD', 'WEEKLY', 39, 873.68, '2012-01-01', null, 'CCN 3097 salary grid 1 Jan 2012'),
 (gen_random_uuid(), '3097-1ER-ASS-OP', 'WEEKLY', 39, 1259.47, '2012-01-01', '2023-08-31', 'CCN 3097 salary grid 1 Jan 2012'),
 (gen_random_uuid(), '3097-1ER-ASS-OP', 'WEEKLY', 39, 1341.56, '2023-09-01', null, 'SPI revision Sept 2023'),
 (gen_random_uuid(), '3097-2E-ASS-OP', 'WEEKLY', 39, 1047.37, '2023-09-01', null, 'SPI revision Sept 2023'),
 (gen_random_uuid(), '3097-CHEF-ELEC', 'WEEKLY', 39, 1369.00, '2012-01-01', null, 'CCN 3097 salary grid 1 Jan 2012'),
 (gen_random_uuid(), '2642-1ER-ASS-REAL', 'WEEKLY', 35, 885.45, '2023-01-01', null, 'CCN 2642 avenant 14, 1 Jan 2023'),
 (gen_random_uuid(), '2642-1ER-ASS-REAL', 'WEEKLY', 39, 1011.94, '2023-01-01', null, 'CCN 2642 avenant 14, 1 Jan 2023'),
 (gen_random_uuid(), '2642-1ER-ASS-REAL', 'DAILY', null, 224.88, '2023-01-01', null, 'CCN 2642 avenant 14, 1 Jan 2023'),
 (gen_random_uuid(), '2642-2E-ASS-REAL', 'WEEKLY', 35, 740.50, '2023-01-01', null, 'CCN 2642 avenant 14, 1 Jan 2023'),
 (gen_random_uuid(), '2642-2E-ASS-REAL', 'WEEKLY', 39, 846.28, '2023-01-01', null, 'CCN 2642 avenant 14, 1 Jan 2023'),
 (gen_random_uuid(), '2642-2E-ASS-REAL', 'DAILY', null, 188.06, '2023-01-01', null, 'CCN 2642 avenant 14, 1 Jan 2023');

-- Employer-cost estimate: the Congés Spectacles rate is the caisse's (crew.md §2.3), the prévoyance rate CCN 3097 art. 45;
-- the social contributions line is an estimate the accountant edits.
insert into employer_cost_rate (id, code, label, rate, valid_from, valid_to, source) values
 (gen_random_uuid(), 'CONGES_SPECTACLES', 'Congés Spectacles', 0.155000, '2023-04-01', null, 'Audiens, rate from 1 Apr 2023'),
 (gen_random_uuid(), 'PREVOYANCE', 'Audiens prévoyance non-cadre', 0.015000, '2014-01-01', null, 'CCN 3097 Titre II art. 45'),
 (gen_random_uuid(), 'SOCIAL_CONTRIBUTIONS', 'Employer social contributions (estimate)', 0.450000, '2020-01-01', null, 'Estimate, edit with the accountant');
