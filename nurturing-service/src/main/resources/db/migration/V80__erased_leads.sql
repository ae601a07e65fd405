-- The tombstones of erased leads (docs/privacy.md, "No data comes back"): written in the erasure's transaction, read by
-- every consumer before it writes about a lead, so that a late, redelivered or re-driven message about an erased lead
-- creates nothing. A lead id is a random UUID, not personal data. Kept by the retention job (rule erased-leads) at
-- least as long as processed event ids.
create table erased_lead (
    lead_id   uuid primary key,
    erased_at timestamptz not null default now()
);
create index erased_lead_erased_at on erased_lead (erased_at);
