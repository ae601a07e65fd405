-- Dead letters: the messages of this service's dead-letter queues, moved here so that an admin can list them with why
-- they failed and send them back to the queue they failed in after a fix (service-support's deadletter package).
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
