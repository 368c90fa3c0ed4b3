-- CNC budgets (devis): templates as reference data, dated fringe rates, budgets, versions, lines and percentage rules.
-- Layout sources: shared/domain/budget.md §1 (Senate report r98-011, CNC cost studies, CNC devis 2018 as transcribed,
-- ARTE production-cost-analyzer for the audiovisual grid). Labels and sub-accounts are editable through the API:
-- the wording of several lines is marked uncertain in the notes and must be checked against the official CNC form.

create table budget_template (
    code     text primary key,
    kind     text    not null check (kind in ('CINEMA', 'AUDIOVISUAL')),
    label_fr text    not null,
    label_en text    not null,
    version  bigint  not null default 0
);

create table template_account (
    template_code       text     not null references budget_template (code),
    code                text     not null,
    parent_code         text,
    chapter_code        text     not null,
    level               smallint not null check (level between 1 and 3),
    label_fr            text     not null,
    label_en            text     not null,
    position            integer  not null,
    -- the fringe category lines under this account get by default (null: no social charges)
    fringe_category     text,
    -- this account receives the social charges computed on lines of that category
    posts_fringes_of    text,
    -- spend under this account counts for the tax credit when made in France (CGI 220 sexies, BOI-IS-RICI-10-20-20)
    tax_credit_eligible boolean  not null default true,
    version             bigint   not null default 0,
    primary key (template_code, code),
    foreign key (template_code, parent_code) references template_account (template_code, code),
    constraint template_account_parent check ((level = 1) = (parent_code is null))
);

create table template_rule (
    template_code  text          not null references budget_template (code),
    code           text          not null,
    kind           text          not null,
    label_fr       text          not null,
    label_en       text          not null,
    rate           numeric(9, 6) not null check (rate >= 0),
    base_chapters  text[]        not null default '{}',
    excluded_rules text[]        not null default '{}',
    cap            numeric(19, 2),
    position       integer       not null,
    primary key (template_code, code)
);

-- Employer social-charge rates by category, dated. The seeded figures are planning averages, not payroll rates:
-- they are data to be set by the production's payroll office (shared/domain/budget.md gives no official figure).
create table fringe_rate (
    id         uuid primary key,
    category   text          not null check (category in ('AUTHOR', 'INTERMITTENT_TECHNICIAN', 'ARTIST', 'PERMANENT_STAFF')),
    rate       numeric(9, 6) not null check (rate >= 0 and rate < 10),
    valid_from date          not null,
    valid_to   date,
    note       text,
    version    bigint        not null default 0,
    constraint fringe_rate_period check (valid_to is null or valid_to >= valid_from)
);
create index fringe_rate_category on fringe_rate (category, valid_from);

create table budget (
    id            uuid primary key,
    production_id uuid        not null references production (id),
    template_code text        not null references budget_template (code),
    title         text        not null,
    currency      char(3)     not null,
    created_at    timestamptz not null,
    version       bigint      not null default 0
);
create index budget_production on budget (production_id, created_at);

create table budget_version (
    id           uuid primary key,
    budget_id    uuid        not null references budget (id),
    number       integer     not null,
    status       text        not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED')),
    label        text,
    rates_on     date        not null,
    copied_from  uuid references budget_version (id),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    submitted_at timestamptz,
    locked_at    timestamptz,
    version      bigint      not null default 0,
    unique (budget_id, number)
);

create table budget_line (
    id              uuid primary key,
    version_id      uuid           not null references budget_version (id),
    -- the same line across copies of a version: what the comparison matches on
    lineage         uuid           not null,
    account_code    text           not null,
    label           text,
    quantity        numeric(19, 4) not null check (quantity >= 0),
    unit            text,
    rate            numeric(19, 2) not null check (rate >= 0),
    currency        char(3)        not null,
    exchange_rate   numeric(19, 8) not null check (exchange_rate > 0),
    spent_in_france boolean        not null,
    fringe_category text           not null,
    note            text,
    position        integer        not null,
    version         bigint         not null default 0
);
create index budget_line_version on budget_line (version_id, position);

create table budget_rule (
    id             uuid primary key,
    version_id     uuid          not null references budget_version (id),
    code           text          not null,
    kind           text          not null,
    label_fr       text          not null,
    label_en       text          not null,
    rate           numeric(9, 6) not null check (rate >= 0),
    base_chapters  text[]        not null default '{}',
    excluded_rules text[]        not null default '{}',
    cap            numeric(19, 2) check (cap is null or cap >= 0),
    position       integer       not null,
    version        bigint        not null default 0,
    unique (version_id, code)
);

insert into fringe_rate (id, category, rate, valid_from, note) values
    ('6f0a3c1e-0000-4000-8000-000000000001', 'AUTHOR', 0.011000, '2020-01-01', 'contribution diffuseur artistes-auteurs (planning figure)'),
    ('6f0a3c1e-0000-4000-8000-000000000002', 'INTERMITTENT_TECHNICIAN', 0.520000, '2020-01-01', 'intermittents, annexe 8 (planning average)'),
    ('6f0a3c1e-0000-4000-8000-000000000003', 'ARTIST', 0.480000, '2020-01-01', 'artistes, annexe 10 (planning average)'),
    ('6f0a3c1e-0000-4000-8000-000000000004', 'PERMANENT_STAFF', 0.420000, '2020-01-01', 'salariés permanents (planning average)');

-- ---------------------------------------------------------------------------------------------------------------
-- Cinema devis (long métrage): 9 chapters, then frais généraux and imprévus as rules below the sub-total.
insert into budget_template (code, kind, label_fr, label_en) values
    ('CNC-CINEMA', 'CINEMA', 'Devis normalisé long métrage (CNC)', 'CNC feature film budget'),
    ('CNC-AUDIOVISUEL', 'AUDIOVISUAL', 'Devis audiovisuel (COSIP)', 'CNC audiovisual (TV) budget');

insert into template_account (template_code, code, parent_code, chapter_code, level, label_fr, label_en, position,
                              fringe_category, posts_fringes_of, tax_credit_eligible) values
('CNC-CINEMA', '1', null, '1', 1, 'Droits artistiques', 'Story and rights', 100, null, null, true),
('CNC-CINEMA', '11', '1', '1', 2, 'Sujet', 'Story rights', 110, 'AUTHOR', null, true),
('CNC-CINEMA', '1101', '11', '1', 3, 'Droits d''adaptation', 'Adaptation rights', 111, 'AUTHOR', null, true),
('CNC-CINEMA', '1102', '11', '1', 3, 'Scénario original', 'Original screenplay', 112, 'AUTHOR', null, true),
('CNC-CINEMA', '12', '1', '1', 2, 'Scénario, adaptation et dialogues', 'Screenplay, adaptation and dialogue', 120, 'AUTHOR', null, true),
('CNC-CINEMA', '1201', '12', '1', 3, 'Scénariste', 'Screenwriter', 121, 'AUTHOR', null, true),
('CNC-CINEMA', '1202', '12', '1', 3, 'Dialoguiste', 'Dialogue writer', 122, 'AUTHOR', null, true),
('CNC-CINEMA', '13', '1', '1', 2, 'Réalisateur (droits d''auteur)', 'Director (author''s rights)', 130, 'AUTHOR', null, true),
('CNC-CINEMA', '14', '1', '1', 2, 'Musique', 'Music', 140, 'AUTHOR', null, true),
('CNC-CINEMA', '1401', '14', '1', 3, 'Compositeur', 'Composer', 141, 'AUTHOR', null, true),
('CNC-CINEMA', '1402', '14', '1', 3, 'Droits musicaux préexistants', 'Existing music rights', 142, null, null, true),
('CNC-CINEMA', '16', '1', '1', 2, 'Traductions', 'Translations', 160, 'AUTHOR', null, true),
('CNC-CINEMA', '17', '1', '1', 2, 'Frais de textes', 'Script costs', 170, null, null, true),
('CNC-CINEMA', '19', '1', '1', 2, 'Agents littéraires et conseils', 'Literary agents and advisers', 190, null, null, true),
('CNC-CINEMA', '1911', '19', '1', 3, 'Commissions d''agents', 'Agents'' commissions', 191, null, null, true),

('CNC-CINEMA', '2', null, '2', 1, 'Personnel', 'Crew', 200, null, null, true),
('CNC-CINEMA', '21', '2', '2', 2, 'Producteurs', 'Producers', 210, 'PERMANENT_STAFF', null, true),
('CNC-CINEMA', '22', '2', '2', 2, 'Mise en scène', 'Direction', 220, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2201', '22', '2', 3, 'Réalisateur (salaire technicien)', 'Director (crew salary)', 221, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2202', '22', '2', 3, 'Premier assistant réalisateur', 'First assistant director', 222, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2203', '22', '2', 3, 'Scripte', 'Script supervisor', 223, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '23', '2', '2', 2, 'Production', 'Production office', 230, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2301', '23', '2', 3, 'Directeur de production', 'Line producer', 231, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2302', '23', '2', 3, 'Régisseur général', 'Location manager', 232, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '24', '2', '2', 2, 'Image', 'Camera', 240, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2401', '24', '2', 3, 'Directeur de la photographie', 'Director of photography', 241, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2402', '24', '2', 3, 'Cadreur', 'Camera operator', 242, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2403', '24', '2', 3, 'Premier assistant opérateur', 'First camera assistant', 243, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '25', '2', '2', 2, 'Son', 'Sound', 250, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2501', '25', '2', 3, 'Chef opérateur du son', 'Sound mixer', 251, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2502', '25', '2', 3, 'Perchman', 'Boom operator', 252, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '26', '2', '2', 2, 'Décoration et costumes', 'Art and costume department', 260, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2601', '26', '2', 3, 'Chef décorateur', 'Production designer', 261, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2602', '26', '2', 3, 'Chef costumier', 'Costume designer', 262, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '27', '2', '2', 2, 'Montage', 'Editing', 270, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2701', '27', '2', 3, 'Chef monteur', 'Editor', 271, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '28', '2', '2', 2, 'Machinerie et électricité', 'Grip and electric', 280, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2801', '28', '2', 3, 'Chef machiniste', 'Key grip', 281, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '2802', '28', '2', 3, 'Chef électricien', 'Gaffer', 282, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-CINEMA', '29', '2', '2', 2, 'Agents artistiques', 'Talent agents', 290, null, null, true),

('CNC-CINEMA', '3', null, '3', 1, 'Interprétation', 'Cast', 300, null, null, true),
('CNC-CINEMA', '31', '3', '3', 2, 'Rôles principaux', 'Lead roles', 310, 'ARTIST', null, true),
('CNC-CINEMA', '32', '3', '3', 2, 'Seconds rôles', 'Supporting roles', 320, 'ARTIST', null, true),
('CNC-CINEMA', '33', '3', '3', 2, 'Petits rôles', 'Minor roles', 330, 'ARTIST', null, true),
('CNC-CINEMA', '34', '3', '3', 2, 'Figuration', 'Extras', 340, 'ARTIST', null, true),
('CNC-CINEMA', '35', '3', '3', 2, 'Cascadeurs', 'Stunt performers', 350, 'ARTIST', null, true),
('CNC-CINEMA', '36', '3', '3', 2, 'Doublage et post-synchronisation', 'Dubbing and ADR', 360, 'ARTIST', null, true),
('CNC-CINEMA', '39', '3', '3', 2, 'Agents artistiques', 'Cast agents', 390, null, null, true),

('CNC-CINEMA', '4', null, '4', 1, 'Charges sociales', 'Social charges', 400, null, null, true),
('CNC-CINEMA', '41', '4', '4', 2, 'Charges sur droits d''auteur', 'Charges on authors'' fees', 410, null, 'AUTHOR', true),
('CNC-CINEMA', '42', '4', '4', 2, 'Charges sur personnel intermittent', 'Charges on crew', 420, null, 'INTERMITTENT_TECHNICIAN', true),
('CNC-CINEMA', '43', '4', '4', 2, 'Charges sur interprétation', 'Charges on cast', 430, null, 'ARTIST', true),
('CNC-CINEMA', '44', '4', '4', 2, 'Charges sur personnel permanent', 'Charges on permanent staff', 440, null, 'PERMANENT_STAFF', true),
('CNC-CINEMA', '47', '4', '4', 2, 'Impôts et taxes imputés au film', 'Taxes charged to the film', 470, null, null, false),

('CNC-CINEMA', '5', null, '5', 1, 'Décors, costumes, maquillage, coiffure', 'Sets, costumes, make-up and hair', 500, null, null, true),
('CNC-CINEMA', '51', '5', '5', 2, 'Studio', 'Studio', 510, null, null, true),
('CNC-CINEMA', '52', '5', '5', 2, 'Décors naturels', 'Locations', 520, null, null, true),
('CNC-CINEMA', '53', '5', '5', 2, 'Aménagements décors', 'Set construction', 530, null, null, true),
('CNC-CINEMA', '54', '5', '5', 2, 'Meubles et accessoires', 'Furniture and props', 540, null, null, true),
('CNC-CINEMA', '55', '5', '5', 2, 'Animaux', 'Animals', 550, null, null, true),
('CNC-CINEMA', '56', '5', '5', 2, 'Moyens de transport à l''image', 'Picture vehicles', 560, null, null, true),
('CNC-CINEMA', '57', '5', '5', 2, 'Effets spéciaux et cascades', 'Special effects and stunts', 570, null, null, true),
('CNC-CINEMA', '58', '5', '5', 2, 'Costumes', 'Costumes', 580, null, null, true),
('CNC-CINEMA', '59', '5', '5', 2, 'Maquillage et coiffure', 'Make-up and hair', 590, null, null, true),

('CNC-CINEMA', '6', null, '6', 1, 'Transports, défraiements, régie', 'Travel, per diems and unit costs', 600, null, null, true),
('CNC-CINEMA', '61', '6', '6', 2, 'Transports de personnes', 'Crew and cast travel', 610, null, null, true),
('CNC-CINEMA', '62', '6', '6', 2, 'Transports de matériel', 'Equipment transport', 620, null, null, true),
('CNC-CINEMA', '63', '6', '6', 2, 'Défraiements', 'Per diems', 630, null, null, true),
('CNC-CINEMA', '64', '6', '6', 2, 'Hébergement', 'Lodging', 640, null, null, true),
('CNC-CINEMA', '65', '6', '6', 2, 'Repas et cantine', 'Catering', 650, null, null, true),
('CNC-CINEMA', '67', '6', '6', 2, 'Transitaire et douane', 'Freight forwarding and customs', 670, null, null, true),
('CNC-CINEMA', '68', '6', '6', 2, 'Bureaux et frais afférents', 'Production office costs', 680, null, null, false),
('CNC-CINEMA', '69', '6', '6', 2, 'Régie et divers', 'Unit costs and sundries', 690, null, null, true),

('CNC-CINEMA', '7', null, '7', 1, 'Moyens techniques', 'Technical equipment', 700, null, null, true),
('CNC-CINEMA', '71', '7', '7', 2, 'Prise de vues', 'Camera equipment', 710, null, null, true),
('CNC-CINEMA', '72', '7', '7', 2, 'Machinerie', 'Grip equipment', 720, null, null, true),
('CNC-CINEMA', '73', '7', '7', 2, 'Électricité', 'Lighting equipment', 730, null, null, true),
('CNC-CINEMA', '74', '7', '7', 2, 'Prise de son', 'Sound equipment', 740, null, null, true),
('CNC-CINEMA', '75', '7', '7', 2, 'Groupe électrogène et consommables', 'Generator and consumables', 750, null, null, true),
('CNC-CINEMA', '76', '7', '7', 2, 'Pellicules et supports', 'Film stock and media', 760, null, null, true),

('CNC-CINEMA', '8', null, '8', 1, 'Postproduction image et son', 'Picture and sound post-production', 800, null, null, true),
('CNC-CINEMA', '81', '8', '8', 2, 'Montage image', 'Picture editing', 810, null, null, true),
('CNC-CINEMA', '82', '8', '8', 2, 'Laboratoire et étalonnage', 'Laboratory and grading', 820, null, null, true),
('CNC-CINEMA', '83', '8', '8', 2, 'Effets visuels numériques', 'Visual effects', 830, null, null, true),
('CNC-CINEMA', '84', '8', '8', 2, 'Montage son et mixage', 'Sound editing and mix', 840, null, null, true),
('CNC-CINEMA', '85', '8', '8', 2, 'Sous-titrage et versions', 'Subtitles and versions', 850, null, null, true),
('CNC-CINEMA', '86', '8', '8', 2, 'Masters et livrables', 'Masters and deliverables', 860, null, null, true),

('CNC-CINEMA', '9', null, '9', 1, 'Assurances et divers', 'Insurance and sundries', 900, null, null, false),
('CNC-CINEMA', '91', '9', '9', 2, 'Assurances', 'Insurance', 910, null, null, false),
('CNC-CINEMA', '92', '9', '9', 2, 'Publicité, promotion et divers', 'Publicity, promotion and sundries', 920, null, null, false),
('CNC-CINEMA', '93', '9', '9', 2, 'Frais juridiques, frais divers et certification des comptes', 'Legal costs, sundries and audit', 930, null, null, false),
('CNC-CINEMA', '94', '9', '9', 2, 'Frais financiers', 'Finance costs', 940, null, null, false);

-- Below the sub-total. 2010 transparency agreement (order of 7 February 2011): FG <= 7 % of the cost without FG,
-- producer fee and finance costs. Imprévus 10 % is usual practice, not a rule; both are editable per version.
insert into template_rule (template_code, code, kind, label_fr, label_en, rate, base_chapters, excluded_rules, cap, position) values
('CNC-CINEMA', 'FG', 'FRAIS_GENERAUX', 'Frais généraux', 'Overheads', 0.070000, '{}', '{}', null, 1),
('CNC-CINEMA', 'IMP', 'IMPREVUS', 'Imprévus', 'Contingency', 0.100000, '{}', '{FG}', null, 2);

-- ---------------------------------------------------------------------------------------------------------------
-- Audiovisual devis: 10 headings (ARTE production-cost-analyzer grid); heading 10 holds the delegated-production
-- lines, its percentage parts (FG, imprévus) are rules.
insert into template_account (template_code, code, parent_code, chapter_code, level, label_fr, label_en, position,
                              fringe_category, posts_fringes_of, tax_credit_eligible) values
('CNC-AUDIOVISUEL', '1', null, '1', 1, 'Droits artistiques', 'Story and rights', 100, null, null, true),
('CNC-AUDIOVISUEL', '1.1', '1', '1', 2, 'Auteurs et co-auteurs', 'Authors and co-authors', 110, 'AUTHOR', null, true),
('CNC-AUDIOVISUEL', '1.2', '1', '1', 2, 'Auteur-réalisateur', 'Author-director', 120, 'AUTHOR', null, true),
('CNC-AUDIOVISUEL', '1.3', '1', '1', 2, 'Musique', 'Music', 130, 'AUTHOR', null, true),
('CNC-AUDIOVISUEL', '1.4', '1', '1', 2, 'Archives', 'Archive footage', 140, null, null, true),
('CNC-AUDIOVISUEL', '1.5', '1', '1', 2, 'Traduction et voix off', 'Translation and voice-over', 150, 'AUTHOR', null, true),
('CNC-AUDIOVISUEL', '2', null, '2', 1, 'Personnel', 'Crew', 200, null, null, true),
('CNC-AUDIOVISUEL', '2.1', '2', '2', 2, 'Producteur et chargé de production', 'Producer and production manager', 210, 'PERMANENT_STAFF', null, true),
('CNC-AUDIOVISUEL', '2.2', '2', '2', 2, 'Réalisateur', 'Director', 220, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-AUDIOVISUEL', '2.3', '2', '2', 2, 'Image (JRI, opérateur)', 'Camera (video journalist, operator)', 230, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-AUDIOVISUEL', '2.4', '2', '2', 2, 'Son', 'Sound', 240, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-AUDIOVISUEL', '2.5', '2', '2', 2, 'Montage et étalonnage', 'Editing and grading', 250, 'INTERMITTENT_TECHNICIAN', null, true),
('CNC-AUDIOVISUEL', '3', null, '3', 1, 'Interprétation', 'Cast', 300, null, null, true),
('CNC-AUDIOVISUEL', '3.1', '3', '3', 2, 'Comédiens', 'Actors', 310, 'ARTIST', null, true),
('CNC-AUDIOVISUEL', '3.2', '3', '3', 2, 'Figuration', 'Extras', 320, 'ARTIST', null, true),
('CNC-AUDIOVISUEL', '4', null, '4', 1, 'Charges sociales', 'Social charges', 400, null, null, true),
('CNC-AUDIOVISUEL', '4.1', '4', '4', 2, 'Charges auteurs', 'Charges on authors', 410, null, 'AUTHOR', true),
('CNC-AUDIOVISUEL', '4.2', '4', '4', 2, 'Charges techniciens intermittents', 'Charges on crew', 420, null, 'INTERMITTENT_TECHNICIAN', true),
('CNC-AUDIOVISUEL', '4.3', '4', '4', 2, 'Charges artistes', 'Charges on cast', 430, null, 'ARTIST', true),
('CNC-AUDIOVISUEL', '4.4', '4', '4', 2, 'Charges personnel permanent', 'Charges on permanent staff', 440, null, 'PERMANENT_STAFF', true),
('CNC-AUDIOVISUEL', '5', null, '5', 1, 'Décors et costumes', 'Sets and costumes', 500, null, null, true),
('CNC-AUDIOVISUEL', '5.1', '5', '5', 2, 'Studio', 'Studio', 510, null, null, true),
('CNC-AUDIOVISUEL', '5.2', '5', '5', 2, 'Accessoires', 'Props', 520, null, null, true),
('CNC-AUDIOVISUEL', '6', null, '6', 1, 'Transport, défraiements, régie', 'Travel, per diems and unit costs', 600, null, null, true),
('CNC-AUDIOVISUEL', '6.1', '6', '6', 2, 'Voyages', 'Travel', 610, null, null, true),
('CNC-AUDIOVISUEL', '6.2', '6', '6', 2, 'Hôtels', 'Hotels', 620, null, null, true),
('CNC-AUDIOVISUEL', '6.3', '6', '6', 2, 'Repas', 'Meals', 630, null, null, true),
('CNC-AUDIOVISUEL', '7', null, '7', 1, 'Moyens techniques de tournage', 'Shooting equipment', 700, null, null, true),
('CNC-AUDIOVISUEL', '7.1', '7', '7', 2, 'Caméra', 'Camera', 710, null, null, true),
('CNC-AUDIOVISUEL', '7.2', '7', '7', 2, 'Son et micros HF', 'Sound and radio mics', 720, null, null, true),
('CNC-AUDIOVISUEL', '7.3', '7', '7', 2, 'Lumière', 'Lighting', 730, null, null, true),
('CNC-AUDIOVISUEL', '7.4', '7', '7', 2, 'Drone', 'Drone', 740, null, null, true),
('CNC-AUDIOVISUEL', '7.5', '7', '7', 2, 'Disques et supports', 'Drives and media', 750, null, null, true),
('CNC-AUDIOVISUEL', '8', null, '8', 1, 'Post-production', 'Post-production', 800, null, null, true),
('CNC-AUDIOVISUEL', '8.1', '8', '8', 2, 'Salle de montage', 'Editing room', 810, null, null, true),
('CNC-AUDIOVISUEL', '8.2', '8', '8', 2, 'Mixage', 'Sound mix', 820, null, null, true),
('CNC-AUDIOVISUEL', '8.3', '8', '8', 2, 'Étalonnage', 'Grading', 830, null, null, true),
('CNC-AUDIOVISUEL', '8.4', '8', '8', 2, 'Masters et livraison', 'Master delivery', 840, null, null, true),
('CNC-AUDIOVISUEL', '9', null, '9', 1, 'Assurance', 'Insurance', 900, null, null, false),
('CNC-AUDIOVISUEL', '9.1', '9', '9', 2, 'Assurance production', 'Production insurance', 910, null, null, false),
('CNC-AUDIOVISUEL', '10', null, '10', 1, 'Imprévus, frais généraux, production déléguée', 'Contingency, overheads, delegated production', 1000, null, null, false),
('CNC-AUDIOVISUEL', '10.1', '10', '10', 2, 'Production déléguée', 'Delegated production fee', 1010, null, null, false),
('CNC-AUDIOVISUEL', '10.2', '10', '10', 2, 'Frais financiers', 'Finance costs', 1020, null, null, false);

insert into template_rule (template_code, code, kind, label_fr, label_en, rate, base_chapters, excluded_rules, cap, position) values
('CNC-AUDIOVISUEL', 'FG', 'FRAIS_GENERAUX', 'Frais généraux', 'Overheads', 0.070000, '{1,2,3,4,5,6,7,8,9}', '{}', null, 1),
('CNC-AUDIOVISUEL', 'IMP', 'IMPREVUS', 'Imprévus', 'Contingency', 0.050000, '{1,2,3,4,5,6,7,8,9}', '{FG}', null, 2);
