-- Nurturing's timers move to db-scheduler, the one mechanism for durable timers in the suite (hand-off's SLA timers
-- run on it too). enrollment_step keeps every step and its status: what marketing reads, and what makes a step's
-- effect happen once; the timer that fires it is now a row of db-scheduler's table.
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

-- every step still waiting becomes a timer at its due time (one already overdue fires at once), and every active
-- enrolment with a maximum duration an expiry timer; the tasks carry no data, the instance is the step's or the
-- enrolment's id
insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
select 'nurture-step', s.id::text, s.due_at, false, 1
from enrollment_step s
join enrollment e on e.id = s.enrollment_id and e.status = 'ACTIVE'
where s.status = 'SCHEDULED';

insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
select 'nurture-expiry', e.id::text, e.expires_at, false, 1
from enrollment e
where e.status = 'ACTIVE' and e.expires_at is not null;

-- nothing polls for due steps or expired enrolments any more
drop index enrollment_step_due;
drop index enrollment_expiring;
