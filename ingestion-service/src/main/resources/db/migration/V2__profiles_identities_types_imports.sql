-- profiles: the full current attribute map of a contact (flat names, see ProfileAttributes)
alter table contact add column attributes jsonb not null default '{}'::jsonb;
alter table contact add column updated_at timestamptz not null default now();

-- identities other than the e-mail (anonymous ids, Segment user ids) and the lead they were linked to, if any yet
create table identity_link (
    identity   text primary key,
    lead_id    uuid references contact (lead_id),
    first_seen timestamptz not null default now(),
    linked_at  timestamptz
);

-- engagements of a not yet identified visitor wait here with no lead until their identity is linked
alter table engagement alter column lead_id drop not null;
alter table engagement add column identity text;
alter table engagement add column custom_type text;
alter table engagement add column correlation_id text;
alter table engagement add column source_api text not null default 'native';
alter table engagement add constraint engagement_has_owner check (lead_id is not null or identity is not null);
create index engagement_pending_by_identity on engagement (identity) where lead_id is null;

-- custom engagement types registered by an admin
create table event_type (
    name          text primary key,
    description   text,
    registered_at timestamptz not null,
    registered_by text not null
);

-- asynchronous CSV imports: the job row is the durable queue; progress is committed with every chunk
create table import_job (
    id             uuid primary key,
    kind           text        not null,
    status         text        not null,
    content        text        not null,
    total_rows     integer     not null,
    done_rows      integer     not null default 0,
    failed_rows    integer     not null default 0,
    requested_by   text,
    correlation_id text        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    finished_at    timestamptz
);
create index import_job_open on import_job (created_at) where status in ('QUEUED', 'RUNNING');

create table import_error (
    job_id uuid    not null references import_job (id),
    line   bigint  not null,
    field  text    not null,
    rule   text    not null,
    detail text    not null,
    primary key (job_id, line)
);
