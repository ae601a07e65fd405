-- the amount a lead's deal stands at when a CRM changed it without moving the stage (latest change per lead and stage)
create table deal_amount (
    lead_id     uuid          not null references lead_state (lead_id) on update cascade on delete cascade,
    stage       text          not null check (stage in ('OPPORTUNITY', 'WON')),
    amount      numeric(17, 2) not null,
    currency    text          not null,
    occurred_at timestamptz   not null,
    event_id    uuid          not null,
    primary key (lead_id, stage)
);
