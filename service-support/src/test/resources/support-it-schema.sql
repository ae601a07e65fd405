-- the outbox and processed-event tables as every service's migrations create them (outbox_event with the traceparent
-- column the services added later)
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
    last_error     text,
    traceparent    text
);
create index outbox_event_pending on outbox_event (id) where published_at is null;

create table processed_event (
    event_id     uuid primary key,
    processed_at timestamptz not null default now()
);

-- a table with a personal column that retention clears while the row stays (as a rejected lead's note)
create table retention_note (
    id         bigserial primary key,
    note       text,
    written_at timestamptz not null
);

-- the local copy of the suppression list, as every consuming service's migration creates it
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

-- what the outage test's consumer stored, once per event id
create table outage_it_received (
    event_id text primary key,
    body     text not null
);

create table dead_letter (
    id               bigserial primary key,
    queue            text        not null,
    event_id         text,
    event_type       text,
    lead_id          text,
    failure          text        not null,
    stacktrace       text        not null,
    headers          jsonb       not null,
    body             bytea       not null,
    dead_lettered_at timestamptz not null default now()
);
create index dead_letter_queue on dead_letter (queue, id);

-- the stages the outage test's consumer knows besides MQL: adding one is the "fix" before a re-drive
create table outage_it_known_stage (
    stage text primary key
);

-- the tombstones of erased leads, as every consuming service's migration creates them
create table erased_lead (
    lead_id   uuid primary key,
    erased_at timestamptz not null default now()
);
