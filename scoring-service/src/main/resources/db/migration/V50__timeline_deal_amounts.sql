-- a deal's move (OPPORTUNITY, WON) carries its amount and currency, a sales move the rep holding the lead: what the
-- funnel to revenue groups and sums
alter table timeline
    add column amount      numeric(17, 2),
    add column currency    text,
    add column assigned_to text;
create index timeline_by_stage on timeline (to_stage, lead_id);
