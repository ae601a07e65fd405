-- data subjects' requests (docs/privacy.md): erasures and exports, resolved to lead ids (never the e-mail), and each
-- service's answer; an export's parts and document are deleted when it expires or when the person is erased
create table if not exists processed_event (
    event_id     uuid primary key,
    processed_at timestamptz not null default now()
);

create table privacy_request (
    id           uuid primary key,
    kind         text        not null,
    lead_ids     uuid[]      not null,
    requested_by text        not null,
    requested_at timestamptz not null,
    completed_at timestamptz,
    expires_at   timestamptz,
    document     jsonb
);
create index privacy_request_expiring on privacy_request (expires_at) where expires_at is not null;
create index privacy_request_by_lead on privacy_request using gin (lead_ids);

create table privacy_answer (
    request_id  uuid    not null references privacy_request (id) on delete cascade,
    service     text    not null,
    position    integer not null,
    answered_at timestamptz,
    records     integer,
    part        jsonb,
    primary key (request_id, service)
);
