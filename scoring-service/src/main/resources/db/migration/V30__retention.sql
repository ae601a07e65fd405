-- Retention (docs/privacy-retention.md): the retention job runs as a recurring task of db-scheduler, whose table this
-- is; the time columns it looks at are indexed so that each of its short statements finds its rows quickly.
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
create index processed_event_by_time on processed_event (processed_at);

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
