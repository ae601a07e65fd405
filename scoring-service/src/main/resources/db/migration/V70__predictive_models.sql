-- predictive models (issue 19): a named model, its trained versions (columns, hold-out evaluation, trees), one
-- published version per model at most
create table predictive_model (
    id          text primary key,
    description text,
    created_at  timestamptz not null,
    created_by  text
);

create table predictive_model_version (
    model_id     text not null references predictive_model (id),
    version      int not null,
    status       text not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    trained_at   timestamptz not null,
    trained_by   text,
    features     jsonb not null,
    evaluation   jsonb not null,
    trees        bytea not null,
    published_at timestamptz,
    published_by text,
    archived_by  text,
    primary key (model_id, version)
);

create unique index predictive_model_version_one_published on predictive_model_version (model_id)
    where status = 'PUBLISHED';
