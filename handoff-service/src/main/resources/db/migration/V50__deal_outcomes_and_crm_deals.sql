-- a qualified lead's deal ends WON or LOST, which closes its hand-off like a rejection does
drop index handoff_one_open_per_lead;
create unique index handoff_one_open_per_lead on handoff (lead_id)
    where status not in ('REJECTED', 'DISQUALIFIED', 'WON', 'LOST');
drop index handoff_open_by_rep;
create index handoff_open_by_rep on handoff (rep_id) where status not in ('REJECTED', 'DISQUALIFIED', 'WON', 'LOST');

-- the outcomes recorded on hand-offs: opened (amount), won (amount) or lost (reason), by a person or a CRM
create table handoff_outcome (
    id          bigserial primary key,
    handoff_id  uuid          not null references handoff (id),
    kind        text          not null check (kind in ('OPENED', 'WON', 'LOST')),
    amount      numeric(17, 2),
    currency    text,
    lost_reason text,
    note        text,
    source      text          not null,
    deal_id     text,
    recorded_by text          not null,
    recorded_at timestamptz   not null
);
create index handoff_outcome_by_handoff on handoff_outcome (handoff_id, id desc);

-- every deal update a CRM sent, whatever became of it; unmatched ones wait for their lead
create table crm_deal (
    id           bigserial primary key,
    source       text          not null,
    delivery_key text          not null,
    deal_id      text          not null,
    stage        text,
    lead_id      uuid,
    email        text,
    amount       numeric(17, 2),
    currency     text,
    received_at  timestamptz   not null,
    status       text          not null,
    note         text,
    handoff_id   uuid,
    applied_at   timestamptz,
    unique (source, delivery_key)
);
create index crm_deal_unmatched on crm_deal (id) where status = 'UNMATCHED';
create index crm_deal_by_status on crm_deal (status, id desc);
