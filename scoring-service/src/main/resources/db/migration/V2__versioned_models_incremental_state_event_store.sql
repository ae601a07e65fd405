-- versioned model documents: drafts change, published and archived versions never do; one published per model
create table scoring_model_version (
    model_id     text        not null,
    version      integer     not null,
    status       text        not null,
    document     jsonb       not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    published_at timestamptz,
    archived_at  timestamptz,
    primary key (model_id, version)
);
create unique index scoring_model_one_published on scoring_model_version (model_id) where status = 'PUBLISHED';

-- background re-scoring after a publish, resumable from last_lead
create table rescoring_job (
    id          bigserial primary key,
    model_id    text        not null,
    version     integer     not null,
    total       bigint      not null,
    done        bigint      not null default 0,
    last_lead   uuid,
    started_at  timestamptz not null,
    updated_at  timestamptz not null,
    finished_at timestamptz
);
create index rescoring_job_open on rescoring_job (id) where finished_at is null;

-- scoring's own compact store of every lead's engagements: what re-scoring and backtests replay
create table lead_event (
    event_id    uuid primary key,
    lead_id     uuid        not null,
    occurred_at timestamptz not null,
    type        text        not null,
    custom_type text,
    channel     text        not null,
    source      text,
    campaign    text,
    properties  jsonb
);
create index lead_event_by_lead on lead_event (lead_id, occurred_at, event_id);
insert into lead_event (event_id, lead_id, occurred_at, type, channel)
select event_id, lead_id, occurred_at, type, 'OTHER' from scored_engagement;
drop table scored_engagement;

-- the incremental per-rule state of a lead under one published model version
create table lead_model_state (
    lead_id uuid    not null references lead_state (lead_id),
    model_id text   not null,
    version integer not null,
    state   jsonb   not null,
    primary key (lead_id, model_id, version)
);

alter table lead_state
    add column profile          jsonb   not null default '{}'::jsonb,
    add column first_event_id   uuid,
    add column first_at         timestamptz,
    add column first_channel    text,
    add column first_source     text,
    add column first_campaign   text,
    add column segment          text,
    add column model_id         text,
    add column model_version    integer not null default 0,
    add column fit_grade        text    not null default 'D',
    add column engagement_grade integer not null default 4,
    add column qualification    jsonb;
update lead_state set profile = jsonb_build_object('freeMail', free_mail::text) where profile_at is not null;
alter table lead_state drop column free_mail;
create index lead_state_by_score on lead_state (score desc, lead_id);
create index lead_state_by_stage on lead_state (stage, score desc);
