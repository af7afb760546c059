-- Full-text search over the cases (GET /search): the same generated columns as on PostgreSQL (see
-- db/vendor/postgresql/V27), searched with the same ILIKE, without a trigram index: H2 has none, and
-- the embedded database serves demos and tests, not a million cases.
alter table complaint add column search_text varchar(10200) generated always as (
    coalesce(reference, '') || ' ' || coalesce(description, '') || ' ' || coalesce(resolution, '') || ' '
    || coalesce(root_cause, ''));

alter table service_request add column search_text varchar(8200) generated always as (
    coalesce(reference, '') || ' ' || coalesce(subject, '') || ' ' || coalesce(description, '') || ' '
    || coalesce(response, '') || ' ' || coalesce(feedback_note, ''));

alter table business_application add column search_text varchar(6200) generated always as (
    coalesce(reference, '') || ' ' || coalesce(description, '') || ' ' || coalesce(review_note, ''));
