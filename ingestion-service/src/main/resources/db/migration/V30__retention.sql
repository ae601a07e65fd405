-- Retention (docs/privacy-retention.md): a finished import job is removed with its row errors (its staged rows
-- already go with it), and the retention job runs as a recurring task of db-scheduler, whose table this is.
alter table import_error drop constraint import_error_job_id_fkey;
alter table import_error
    add constraint import_error_job_id_fkey foreign key (job_id) references import_job (id) on delete cascade;

create index engagement_by_received_at on engagement (received_at);
create index import_job_finished on import_job (finished_at) where status = 'DONE';

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
