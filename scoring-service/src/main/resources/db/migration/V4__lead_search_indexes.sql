-- The lead list (GET /api/v1/leads) searches a part of the e-mail address or the company name: a trigram index on
-- the same lower-case text the query builds (LeadListSql.SEARCH_TEXT) finds it without reading every lead. pg_trgm is a
-- contrib module, trusted since PostgreSQL 13 (the database owner may create it); it ships with PostgreSQL's
-- packages, the embedded binaries and the managed offerings.
create extension if not exists pg_trgm;
create index lead_state_search on lead_state
    using gin ((lower(coalesce(email, '') || ' ' || coalesce(profile ->> 'company.name', ''))) gin_trgm_ops);

-- the list's other orders (LeadListSql.orderBy; by score: lead_state_by_score), over the leads it lists
create index lead_state_listed_by_update on lead_state (updated_at desc, lead_id) where model_id is not null;
create index lead_state_listed_by_qualification on lead_state (qualified_at desc nulls last, lead_id)
    where model_id is not null;

-- filters by segment and by first-touch channel, in the list's default order
create index lead_state_by_segment on lead_state (segment, score desc, lead_id);
create index lead_state_by_channel on lead_state (first_channel, score desc, lead_id);
