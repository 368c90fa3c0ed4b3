-- The productions list's text search (?q=): title and original title folded (lower case, accents removed) by the
-- service when it writes a production (TextSearch.fold); existing rows are folded here the same way for the
-- accents of the Latin languages a title uses.
alter table production add column search_text text;
update production set search_text = translate(lower(trim(title || ' ' || coalesce(original_title, ''))),
    'àáâãäåāçćčèéêëēėęìíîïīñńòóôõöøōùúûüūýÿžźżš', 'aaaaaaaccceeeeeeeiiiiinnooooooouuuuuyyzzzs');
alter table production alter column search_text set not null;
