-- The festival list's text search (?q=): name and city folded (lower case, accents removed) by the service when it
-- writes an edition (TextSearch.fold); existing rows are folded here the same way for the accents of the Latin
-- languages festival names use.
alter table festival_edition add column search_text text;
update festival_edition set search_text = translate(lower(trim(name || ' ' || coalesce(city, ''))),
    'àáâãäåāçćčèéêëēėęìíîïīñńòóôõöøōùúûüūýÿžźżš', 'aaaaaaaccceeeeeeeiiiiinnooooooouuuuuyyzzzs');
alter table festival_edition alter column search_text set not null;
