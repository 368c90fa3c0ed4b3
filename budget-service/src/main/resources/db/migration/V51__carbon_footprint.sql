-- The production's carbon footprint (bilan carbone prévisionnel and définitif, required of CNC-supported works since
-- 2024 and filed through a CNC-approved calculator such as Ecoprod's Carbon'Clap). Activities are what is counted
-- (train passenger.km, hotel nights, kWh, euros spent on sets...), grouped in the categories of the calculators;
-- emission factors are dated, sourced rows, never constants in code: a newer factor is a new row valid from its
-- date, the older one is kept for the statements computed before. Values and confidence: budget-service/README.md.

create table carbon_activity (
    code     text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    category text not null check (category in ('TRAVEL', 'ACCOMMODATION', 'CATERING', 'ENERGY', 'SETS_AND_MATERIALS',
                                               'FREIGHT', 'POST_PRODUCTION')),
    -- EUR: a monetary activity (ADEME "ratio monétaire"), the quantity is euros spent excluding VAT
    unit     text not null,
    label_fr text not null,
    label_en text not null,
    position integer not null
);

create table carbon_factor (
    id               uuid primary key,
    activity_code    text           not null references carbon_activity (code),
    kg_co2e_per_unit numeric(19, 6) not null check (kg_co2e_per_unit >= 0),
    valid_from       date           not null,
    source           text           not null check (length(btrim(source)) > 0),
    created_by       text           not null,
    created_at       timestamptz    not null default now(),
    unique (activity_code, valid_from)
);

-- Which monetary activity the spend on a devis account counts as; a line on a sub-account takes its nearest mapped
-- ancestor's. Accounts with no mapping (rights, salaries, social charges, insurance) are not counted.
create table carbon_account_mapping (
    template_code text   not null,
    account_code  text   not null,
    activity_code text   not null references carbon_activity (code),
    version       bigint not null default 0,
    primary key (template_code, account_code),
    foreign key (template_code, account_code) references template_account (template_code, code)
);

-- Activity data entered by the production: for the forecast (from the shooting plan) or the final statement (from
-- receipts, meters, fuel tickets). An entered line linked to a devis account replaces the monetary estimate of that
-- account: physical data is preferred to spend where both exist.
create table carbon_activity_line (
    id            uuid primary key,
    production_id uuid           not null references production (id),
    basis         text           not null check (basis in ('FORECAST', 'FINAL')),
    activity_code text           not null references carbon_activity (code),
    quantity      numeric(19, 3) not null check (quantity >= 0),
    account_code  text,
    description   text,
    created_by    text           not null,
    created_at    timestamptz    not null default now()
);
create index carbon_activity_line_production on carbon_activity_line (production_id, basis);

insert into carbon_activity (code, category, unit, label_fr, label_en, position) values
('TRAIN_HIGH_SPEED', 'TRAVEL', 'passenger.km', 'Train à grande vitesse (TGV)', 'High-speed train', 10),
('CAR_THERMAL', 'TRAVEL', 'vehicle.km', 'Voiture thermique', 'Petrol or diesel car', 20),
('PLANE_SHORT_HAUL', 'TRAVEL', 'passenger.km', 'Avion court-courrier (< 1 000 km)', 'Short-haul flight (< 1,000 km)', 30),
('PLANE_MEDIUM_HAUL', 'TRAVEL', 'passenger.km', 'Avion moyen-courrier (1 000 à 3 500 km)', 'Medium-haul flight (1,000 to 3,500 km)', 40),
('SPEND_TRAVEL', 'TRAVEL', 'EUR', 'Dépenses de transport de personnes', 'Spend on crew and cast travel', 90),
('HOTEL_NIGHT', 'ACCOMMODATION', 'night', 'Nuitée d''hôtel', 'Hotel night', 110),
('SPEND_ACCOMMODATION', 'ACCOMMODATION', 'EUR', 'Dépenses d''hébergement', 'Spend on lodging', 190),
('MEAL_AVERAGE', 'CATERING', 'meal', 'Repas moyen', 'Average meal', 210),
('MEAL_VEGETARIAN', 'CATERING', 'meal', 'Repas végétarien', 'Vegetarian meal', 220),
('SPEND_CATERING', 'CATERING', 'EUR', 'Dépenses de repas, défraiements et régie', 'Spend on catering, per diems and unit costs', 290),
('ELECTRICITY_FR', 'ENERGY', 'kWh', 'Électricité du réseau (France)', 'Grid electricity (France)', 310),
('DIESEL', 'ENERGY', 'L', 'Gazole (groupe électrogène, véhicules)', 'Diesel (generator, vehicles)', 320),
('SPEND_ENERGY', 'ENERGY', 'EUR', 'Dépenses de groupe électrogène et consommables', 'Spend on generators and consumables', 390),
('SPEND_SETS', 'SETS_AND_MATERIALS', 'EUR', 'Dépenses de décors, costumes et accessoires', 'Spend on sets, costumes and props', 410),
('SPEND_EQUIPMENT', 'SETS_AND_MATERIALS', 'EUR', 'Location de matériel technique', 'Technical equipment rental', 420),
('ROAD_FREIGHT', 'FREIGHT', 'tonne.km', 'Fret routier (camion)', 'Road freight (truck)', 510),
('SPEND_FREIGHT', 'FREIGHT', 'EUR', 'Dépenses de transport de matériel', 'Spend on equipment transport', 590),
('SPEND_POST_PRODUCTION', 'POST_PRODUCTION', 'EUR', 'Dépenses de post-production', 'Spend on post-production', 690);

-- Physical factors: ADEME Base Empreinte (formerly Base Carbone), as cross-read in the public sources named in each
-- row; monetary factors: orders of magnitude marked [U], to be replaced by the ADEME ratio monétaire of the category
-- (a newer row valid from its date) before a statement is filed.
insert into carbon_factor (id, activity_code, kg_co2e_per_unit, valid_from, source, created_by) values
('c4b0f000-0000-4000-8000-000000000001', 'TRAIN_HIGH_SPEED', 0.002930, '2024-01-01', 'ADEME Base Empreinte, TGV, 2.93 gCO2e per passenger.km [S]', 'flyway'),
('c4b0f000-0000-4000-8000-000000000002', 'CAR_THERMAL', 0.192000, '2024-01-01', 'ADEME Impact CO2 (Base Empreinte), voiture thermique, 0.192 kgCO2e per km [S]', 'flyway'),
('c4b0f000-0000-4000-8000-000000000003', 'PLANE_SHORT_HAUL', 0.258000, '2024-01-01', 'ADEME Base Empreinte, avion court-courrier < 1 000 km with contrails, 0.258 kgCO2e per passenger.km [S]', 'flyway'),
('c4b0f000-0000-4000-8000-000000000004', 'PLANE_MEDIUM_HAUL', 0.187000, '2024-01-01', 'ADEME Base Empreinte, avion moyen-courrier 1 000-3 500 km with contrails, 0.187 kgCO2e per passenger.km [S]', 'flyway'),
('c4b0f000-0000-4000-8000-000000000005', 'HOTEL_NIGHT', 6.900000, '2024-01-01', 'Order of magnitude of a French hotel night, 6.9 kgCO2e [U]: check the ADEME Base Empreinte hébergement factor', 'flyway'),
('c4b0f000-0000-4000-8000-000000000006', 'MEAL_AVERAGE', 2.040000, '2024-01-01', 'ADEME Base Empreinte, repas moyen, 2.04 kgCO2e per meal [U]', 'flyway'),
('c4b0f000-0000-4000-8000-000000000007', 'MEAL_VEGETARIAN', 0.510000, '2024-01-01', 'ADEME Base Empreinte, repas végétarien, 0.51 kgCO2e per meal [U]', 'flyway'),
('c4b0f000-0000-4000-8000-000000000008', 'ELECTRICITY_FR', 0.052000, '2024-01-01', 'ADEME Base Empreinte, électricité France continentale, mix moyen 2022, 52 gCO2e per kWh [S]', 'flyway'),
('c4b0f000-0000-4000-8000-000000000009', 'DIESEL', 3.160000, '2024-01-01', 'ADEME Base Empreinte, gazole routier, combustion + amont, 3.16 kgCO2e per litre [S]', 'flyway'),
('c4b0f000-0000-4000-8000-000000000010', 'ROAD_FREIGHT', 0.106000, '2024-01-01', 'Road freight, 0.106 kgCO2e per tonne.km [U]: check the ADEME Base Empreinte poids lourd factor', 'flyway'),
('c4b0f000-0000-4000-8000-000000000011', 'SPEND_TRAVEL', 0.400000, '2024-01-01', 'Monetary ratio, order of magnitude 400 kgCO2e per k€ excl. VAT [U]: replace with the ADEME ratio monétaire for passenger transport', 'flyway'),
('c4b0f000-0000-4000-8000-000000000012', 'SPEND_ACCOMMODATION', 0.320000, '2024-01-01', 'Monetary ratio, order of magnitude 320 kgCO2e per k€ excl. VAT [U]: replace with the ADEME ratio monétaire for accommodation', 'flyway'),
('c4b0f000-0000-4000-8000-000000000013', 'SPEND_CATERING', 0.450000, '2024-01-01', 'Monetary ratio, order of magnitude 450 kgCO2e per k€ excl. VAT [U]: replace with the ADEME ratio monétaire for food services', 'flyway'),
('c4b0f000-0000-4000-8000-000000000014', 'SPEND_ENERGY', 0.900000, '2024-01-01', 'Monetary ratio, order of magnitude 900 kgCO2e per k€ excl. VAT (diesel 3.16 kg/L at about 1.75 € excl. VAT is 1.8 kg/€, rental lowers it) [U]', 'flyway'),
('c4b0f000-0000-4000-8000-000000000015', 'SPEND_SETS', 0.370000, '2024-01-01', 'Monetary ratio, order of magnitude 370 kgCO2e per k€ excl. VAT [U]: replace with the ADEME ratio monétaire for manufactured goods and construction', 'flyway'),
('c4b0f000-0000-4000-8000-000000000016', 'SPEND_EQUIPMENT', 0.120000, '2024-01-01', 'Monetary ratio, order of magnitude 120 kgCO2e per k€ excl. VAT [U]: replace with the ADEME ratio monétaire for equipment rental', 'flyway'),
('c4b0f000-0000-4000-8000-000000000017', 'SPEND_FREIGHT', 0.500000, '2024-01-01', 'Monetary ratio, order of magnitude 500 kgCO2e per k€ excl. VAT [U]: replace with the ADEME ratio monétaire for road freight', 'flyway'),
('c4b0f000-0000-4000-8000-000000000018', 'SPEND_POST_PRODUCTION', 0.110000, '2024-01-01', 'Monetary ratio, order of magnitude 110 kgCO2e per k€ excl. VAT [U]: replace with the ADEME ratio monétaire for audiovisual services', 'flyway');

insert into carbon_account_mapping (template_code, account_code, activity_code) values
('CNC-CINEMA', '51', 'SPEND_SETS'),
('CNC-CINEMA', '52', 'SPEND_SETS'),
('CNC-CINEMA', '53', 'SPEND_SETS'),
('CNC-CINEMA', '54', 'SPEND_SETS'),
('CNC-CINEMA', '56', 'SPEND_SETS'),
('CNC-CINEMA', '57', 'SPEND_SETS'),
('CNC-CINEMA', '58', 'SPEND_SETS'),
('CNC-CINEMA', '59', 'SPEND_SETS'),
('CNC-CINEMA', '61', 'SPEND_TRAVEL'),
('CNC-CINEMA', '62', 'SPEND_FREIGHT'),
('CNC-CINEMA', '63', 'SPEND_CATERING'),
('CNC-CINEMA', '64', 'SPEND_ACCOMMODATION'),
('CNC-CINEMA', '65', 'SPEND_CATERING'),
('CNC-CINEMA', '67', 'SPEND_FREIGHT'),
('CNC-CINEMA', '69', 'SPEND_CATERING'),
('CNC-CINEMA', '71', 'SPEND_EQUIPMENT'),
('CNC-CINEMA', '72', 'SPEND_EQUIPMENT'),
('CNC-CINEMA', '73', 'SPEND_EQUIPMENT'),
('CNC-CINEMA', '74', 'SPEND_EQUIPMENT'),
('CNC-CINEMA', '75', 'SPEND_ENERGY'),
('CNC-CINEMA', '76', 'SPEND_POST_PRODUCTION'),
('CNC-CINEMA', '8', 'SPEND_POST_PRODUCTION'),
('CNC-AUDIOVISUEL', '5', 'SPEND_SETS'),
('CNC-AUDIOVISUEL', '6.1', 'SPEND_TRAVEL'),
('CNC-AUDIOVISUEL', '6.2', 'SPEND_ACCOMMODATION'),
('CNC-AUDIOVISUEL', '6.3', 'SPEND_CATERING'),
('CNC-AUDIOVISUEL', '7', 'SPEND_EQUIPMENT'),
('CNC-AUDIOVISUEL', '8', 'SPEND_POST_PRODUCTION');
