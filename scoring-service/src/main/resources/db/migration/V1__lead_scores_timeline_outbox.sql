-- one row per lead scoring has heard of; locked "for update" by every change, so replicas never lose an update
create table lead_state (
    lead_id         uuid primary key,
    stage           text        not null default 'NEW',
    email           text,
    free_mail       boolean     not null default false,
    profile_at      timestamptz,
    score           integer     not null default 0,
    qualified_at    timestamptz,
    recycle_trigger text,
    updated_at      timestamptz not null default now()
);

-- the set of engagements behind a lead's score, keyed by event id: a repeat never counts twice
create table scored_engagement (
    event_id    uuid primary key,
    lead_id     uuid        not null references lead_state (lead_id),
    type        text        not null,
    occurred_at timestamptz not null,
    points      integer     not null
);
create index scored_engagement_by_lead on scored_engagement (lead_id);

-- every stage move of a lead, by any service, keyed by the LeadStageChanged event id
create table timeline (
    event_id    uuid primary key,
    lead_id     uuid        not null references lead_state (lead_id),
    from_stage  text        not null,
    to_stage    text        not null,
    reason      text,
    actor       text        not null,
    occurred_at timestamptz not null
);
create index timeline_by_lead on timeline (lead_id, occurred_at);

-- incoming event ids already acted on, recorded in the transaction of the effect
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
