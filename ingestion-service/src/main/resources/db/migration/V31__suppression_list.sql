-- The suppression list (docs/privacy.md, "Suppression and consent"): each person's consent standing, kept
-- apart from enrolments and hand-offs so that it outlives them. One row per lead that ever sent a consent signal;
-- revision counts the changes and orders the ConsentChanged events the other services keep.
create table suppression (
    lead_id             uuid primary key references contact (lead_id),
    contact_suppressed  boolean     not null default false,
    suppressed_since    timestamptz,
    suppressed_because  text,
    profiling_objected  boolean     not null default false,
    objected_since      timestamptz,
    revision            bigint      not null default 0,
    changed_by          text,
    changed_at          timestamptz not null default now()
);
