create table sales_rep (
    id               uuid primary key,
    name             text        not null,
    email            text        not null unique,
    webhook_url      text        not null,
    available        boolean     not null,
    last_assigned_at timestamptz,
    registered_at    timestamptz not null
);

-- the latest profile of each lead (ProfileChangedEvent carries the whole profile), kept for notifications
create table lead_profile (
    lead_id    uuid primary key,
    email      text,
    attributes jsonb       not null default '{}'::jsonb,
    as_of      timestamptz not null
);

create table handoff (
    id                     uuid primary key,
    lead_id                uuid        not null,
    qualification_event_id uuid        not null unique,
    correlation_id         text        not null,
    status                 text        not null,
    stage                  text        not null,
    rep_id                 uuid references sales_rep (id),
    assigned_by            text,
    created_at             timestamptz not null,
    assigned_at            timestamptz,
    score                  integer     not null,
    fast_track             boolean     not null,
    reasons                jsonb       not null default '[]'::jsonb,
    qualified_at           timestamptz not null,
    accepted_at            timestamptz,
    rejection_reason       text,
    rejection_note         text,
    rejected_by            text,
    rejected_at            timestamptz
);
create index handoff_by_lead on handoff (lead_id, created_at desc);
-- a lead holds at most one open hand-off, even when two qualifications are handled at the same time
create unique index handoff_one_open_per_lead on handoff (lead_id) where status <> 'REJECTED';

-- notifications to sales, written with the assignment and sent by the delivery worker with retries
create table webhook_delivery (
    id              uuid primary key,
    handoff_id      uuid        not null references handoff (id),
    channel         text        not null default 'WEBHOOK',
    url             text        not null,
    payload         json        not null, -- json keeps the rendered text, which is what gets signed and sent
    attempts        integer     not null default 0,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    last_status     integer,
    last_error      text
);
create index webhook_delivery_by_handoff on webhook_delivery (handoff_id);
create index webhook_delivery_due on webhook_delivery (channel, next_attempt_at)
    where delivered_at is null and failed_at is null;

-- consumed event ids, recorded in the transaction of their effect
create table processed_event (
    event_id     uuid primary key,
    processed_at timestamptz not null default now()
);

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
