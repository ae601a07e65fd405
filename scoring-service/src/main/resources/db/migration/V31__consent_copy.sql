-- Scoring's copy of the suppression list ingestion owns (docs/privacy-retention.md, "Suppression and consent"): the
-- newest ConsentChanged standing of each person who sent a consent signal, read with the lead. A person who objected to
-- profiling is not qualified by the automation; the lead's answer shows the standing.
create table consent_copy (
    lead_id            uuid primary key,
    contact_suppressed boolean     not null,
    suppressed_since   timestamptz,
    suppressed_because text,
    profiling_objected boolean     not null,
    objected_since     timestamptz,
    revision           bigint      not null,
    updated_at         timestamptz not null
);
