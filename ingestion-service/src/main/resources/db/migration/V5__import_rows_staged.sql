-- An import's file is read once when it arrives: its rows are staged here and imported chunk by chunk from here,
-- each chunk's rows dropped with its committed progress. The file itself is no longer kept.
create table import_row (
    job_id    uuid    not null references import_job (id) on delete cascade deferrable initially deferred,
    row_index integer not null,
    line      bigint  not null,
    cells     json    not null,
    primary key (job_id, row_index)
);

alter table import_job alter column content drop not null;
update import_job set content = null where status = 'DONE';
