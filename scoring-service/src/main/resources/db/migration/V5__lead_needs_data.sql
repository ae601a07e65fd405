-- Minimum data for an MQL: the attributes a lead whose score qualifies lacks (comma-separated, in the model's
-- order), as of its last change; null when it is not waiting for data. The lead list filters on it
-- (needsData=true), in its default order.
alter table lead_state add column needs_data text;
create index lead_state_needing_data on lead_state (score desc, lead_id) where needs_data is not null;
