-- nurture tracks: marketing's programmes; each rejection reason leads to at most one track
create table nurture_track (
    key        text primary key,
    name       text        not null,
    cadence    text        not null,
    created_at timestamptz not null default now()
);

create table track_reason (
    reason    text primary key,
    track_key text not null references nurture_track (key)
);
create index track_reason_by_track on track_reason (track_key);

-- a rejected lead on a track; at most one ACTIVE enrolment per lead
create table enrollment (
    id          uuid primary key,
    lead_id     uuid        not null,
    track_key   text        not null references nurture_track (key),
    reason      text        not null,
    note        text,
    rejected_by text        not null,
    status      text        not null,
    stage       text        not null,
    enrolled_at timestamptz not null,
    updated_at  timestamptz not null default now()
);
create unique index enrollment_one_active_per_lead on enrollment (lead_id) where status = 'ACTIVE';
create index enrollment_by_lead on enrollment (lead_id, enrolled_at desc);

-- every rejection received, what was done with it, and the enrolment whose history it joined
create table rejection (
    event_id      uuid primary key,
    lead_id       uuid        not null,
    reason        text        not null,
    note          text,
    rejected_by   text        not null,
    rejected_at   timestamptz not null,
    outcome       text        not null,
    enrollment_id uuid references enrollment (id),
    recorded_at   timestamptz not null default now()
);
create index rejection_newest on rejection (rejected_at desc, recorded_at desc);
create index rejection_by_reason on rejection (reason, rejected_at desc);
create index rejection_by_enrollment on rejection (enrollment_id) where enrollment_id is not null;

-- consumer idempotency: the id of every integration event already handled, committed with its effect
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
