-- Full-text search over the cases (GET /search): each case kind gets one generated column holding the
-- text staff search in (reference, description, resolution and notes), indexed with pg_trgm's GIN
-- trigram operator class, so that a substring of three characters or more, Chinese included, is found
-- through the index without word segmentation; customers' names are indexed the same way. Identity
-- numbers and phones are never in this text: they are found by their keyed hash only.
--
-- pg_trgm is an extension (Debian's postgresql-15 ships it); creating it needs a superuser or the
-- database owner with the extension trusted, so a bank's DBA may create it beforehand. It makes
-- trigrams only of characters the database's LC_CTYPE counts as letters: under a C (non-UTF-8) ctype a
-- Chinese text has none, and every search would read the whole table. The migration refuses then.
create extension if not exists pg_trgm;

do $$
begin
    if coalesce(array_length(show_trgm('投诉处理'), 1), 0) = 0 then
        raise exception 'pg_trgm makes no trigrams of Chinese text in this database (LC_CTYPE %): create it with a UTF-8 LC_CTYPE such as C.UTF-8 or zh_CN.UTF-8 for search to work', current_setting('lc_ctype');
    end if;
end
$$;

alter table complaint add column search_text text generated always as (
    coalesce(reference, '') || ' ' || coalesce(description, '') || ' ' || coalesce(resolution, '') || ' '
    || coalesce(root_cause, '')) stored;
create index complaint_search on complaint using gin (search_text gin_trgm_ops);

alter table service_request add column search_text text generated always as (
    coalesce(reference, '') || ' ' || coalesce(subject, '') || ' ' || coalesce(description, '') || ' '
    || coalesce(response, '') || ' ' || coalesce(feedback_note, '')) stored;
create index service_request_search on service_request using gin (search_text gin_trgm_ops);

alter table business_application add column search_text text generated always as (
    coalesce(reference, '') || ' ' || coalesce(description, '') || ' ' || coalesce(review_note, '')) stored;
create index business_application_search on business_application using gin (search_text gin_trgm_ops);

create index customer_name_search on customer using gin (name gin_trgm_ops);
