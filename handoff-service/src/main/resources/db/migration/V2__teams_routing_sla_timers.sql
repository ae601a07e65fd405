-- sales teams with their manager and business calendar (working hours per ISO weekday, time zone, holidays)
create table team (
    id                uuid primary key,
    name              text  not null unique,
    manager_email     text  not null,
    time_zone         text  not null,
    working_hours     jsonb not null, -- {"MONDAY":"09:00-17:00", ...}
    holidays          jsonb not null default '[]'::jsonb,
    slack_webhook_url text
);

alter table sales_rep
    alter column webhook_url drop not null,
    add column team_id        uuid references team (id),
    add column chat_handle    text,
    add column segments       jsonb   not null default '[]'::jsonb,
    add column territories    jsonb   not null default '[]'::jsonb,
    add column capacity       integer not null default 50,
    add column weight         integer not null default 1,
    add column time_zone      text    not null default 'UTC',
    add column working_hours  text    not null default '09:00-17:00',
    add column assigned_count bigint  not null default 0;

create table routing_rule (
    id                 uuid primary key,
    position           integer not null,
    name               text    not null,
    segments           jsonb   not null default '[]'::jsonb,
    countries          jsonb   not null default '[]'::jsonb,
    min_company_size   integer,
    max_company_size   integer,
    grades             jsonb   not null default '[]'::jsonb,
    sources            jsonb   not null default '[]'::jsonb,
    team_id            uuid    not null references team (id),
    second_tier_team_id uuid references team (id)
);

create table sla_policy (
    priority           text primary key,
    accept_within      text    not null, -- ISO-8601 durations
    decide_within      text    not null,
    remind_at_percent  jsonb   not null,
    reassign_on_breach boolean not null
);

alter table handoff
    add column team_id             uuid,
    add column tier                integer not null default 1,
    add column second_tier_team_id uuid,
    add column priority            text,
    add column sla_generation      integer,
    add column sla_started_at      timestamptz,
    add column accept_due_at       timestamptz,
    add column decide_due_at       timestamptz,
    add column segment             text,
    add column channel             text,
    add column source              text,
    add column campaign            text,
    add column fit_grade           text,
    add column bant                jsonb,
    add column sql_at              timestamptz,
    add column disqualified_reason text,
    add column disqualified_by     text,
    add column disqualified_at     timestamptz;

drop index handoff_one_open_per_lead;
create unique index handoff_one_open_per_lead on handoff (lead_id) where status not in ('REJECTED', 'DISQUALIFIED');
create index handoff_open_by_rep on handoff (rep_id) where status not in ('REJECTED', 'DISQUALIFIED');

-- what the SLA clock did; the unique key makes a timer that fires twice count once
create table sla_event (
    timer_key  text primary key,
    handoff_id uuid        not null references handoff (id),
    kind       text        not null,
    deadline   text        not null,
    rep_id     uuid,
    team_id    uuid,
    at         timestamptz not null
);
create index sla_event_by_handoff on sla_event (handoff_id);

-- nurturing's story of recycled leads, shown on their next hand-off
create table lead_history (
    lead_id       uuid primary key,
    recycle_count integer not null,
    lines         jsonb   not null
);

-- db-scheduler's table (durable, cluster-safe SLA timers)
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
