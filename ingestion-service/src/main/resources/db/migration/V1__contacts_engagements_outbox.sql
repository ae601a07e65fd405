create table contact (
    lead_id    uuid primary key,
    email      text        not null unique,
    created_at timestamptz not null default now()
);

create table engagement (
    event_id    uuid primary key,
    lead_id     uuid        not null references contact (lead_id),
    type        text        not null,
    channel     text        not null,
    occurred_at timestamptz not null,
    source      text,
    campaign    text,
    properties  jsonb       not null default '{}'::jsonb,
    received_at timestamptz not null default now()
);
create index engagement_by_lead on engagement (lead_id, occurred_at);

-- transactional outbox: written with the change, relayed to RabbitMQ, marked only after the broker's confirm
create table outbox_event (
    id             bigserial primary key,
    event_id       uuid        not null unique,
    event_type     text        not null,
    stream         text        not null,
    lead_id        uuid        not null,
    correlation_id text        not null,
    payload        jsonb       not null,
    created_at     timestamptz not null default now(),
    published_at   timestamptz,
    attempts       integer     not null default 0,
    last_error     text
);
create index outbox_event_pending on outbox_event (id) where published_at is null;
