-- tracks managed through the API: ordered steps (content after a delay), exit conditions, a version per edit,
-- entry reasons with a priority (the highest wins; a tie between two tracks is refused by the service and here),
-- and optionally leads that stayed below the qualification threshold
alter table nurture_track
    add column version                  integer     not null default 1,
    add column below_threshold_priority integer,
    add column steps                    jsonb       not null default '[]'::jsonb,
    add column exit_on_requalified      boolean     not null default true,
    add column exit_on_unsubscribed     boolean     not null default true,
    add column exit_on_completed        boolean     not null default true,
    add column max_duration_seconds     bigint,
    add column updated_at               timestamptz not null default now();
create unique index nurture_track_below_threshold_priority on nurture_track (below_threshold_priority)
    where below_threshold_priority is not null;

alter table track_reason drop constraint track_reason_pkey;
alter table track_reason add column priority integer not null default 0;
alter table track_reason add primary key (track_key, reason);
create unique index track_reason_one_track_per_priority on track_reason (reason, priority);

-- enrolments: a source (rejection or below threshold), an end with its trigger, a maximum duration
alter table enrollment
    alter column reason drop not null,
    alter column rejected_by drop not null,
    add column source      text not null default 'REJECTION',
    add column expires_at  timestamptz,
    add column ended_at    timestamptz,
    add column exit_trigger text;
create index enrollment_expiring on enrollment (expires_at) where status = 'ACTIVE' and expires_at is not null;
create index enrollment_ended on enrollment (ended_at) where ended_at is not null;

-- the durable timers: each enrolment's steps, copied from its track when it starts
create table enrollment_step (
    id            uuid primary key,
    enrollment_id uuid        not null references enrollment (id),
    lead_id       uuid        not null,
    position      integer     not null,
    name          text        not null,
    content       text        not null,
    due_at        timestamptz not null,
    status        text        not null,
    sent_at       timestamptz,
    unique (enrollment_id, position)
);
create index enrollment_step_due on enrollment_step (due_at) where status = 'SCHEDULED';

-- what nurturing knows of each lead's score and stage (from lead.scores and lead.lifecycle)
create table lead_state (
    lead_id     uuid primary key,
    score       integer,
    scored_at   timestamptz,
    below_since timestamptz,
    stage       text,
    staged_at   timestamptz
);
create index lead_state_below on lead_state (below_since) where below_since is not null;

-- marketing's switches, one row
create table nurture_settings (
    id                            integer primary key check (id = 1),
    recycle_threshold             integer     not null,
    below_threshold_enrolment     boolean     not null,
    qualification_threshold       integer     not null,
    below_threshold_after_seconds bigint      not null,
    updated_at                    timestamptz not null default now()
);
insert into nurture_settings values (1, 60, false, 50, 2592000, now());

-- the signed-webhook adapter: one delivery per sent step (its id is the step id and the webhook-id on every
-- attempt), retried with back-off, and the log of every attempt
create table step_delivery (
    id              uuid primary key,
    target          text        not null,
    payload         text        not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    last_error      text
);
create index step_delivery_due on step_delivery (next_attempt_at) where status = 'PENDING';
create table step_delivery_attempt (
    delivery_id  uuid        not null references step_delivery (id),
    attempt      integer     not null,
    attempted_at timestamptz not null,
    status_code  integer,
    outcome      text        not null,
    error        text,
    primary key (delivery_id, attempt)
);

-- the default tracks' steps and exits (io.leadflow.nurturing.domain.DefaultTracks)
update nurture_track set steps = '[{"name": "Quarterly check-in 1", "content": "A short personal note: has the timing changed?", "delay": "P90D"}, {"name": "Quarterly check-in 2", "content": "What peers did this quarter, and a question about timing", "delay": "P90D"}, {"name": "Quarterly check-in 3", "content": "A new customer story and an offer to talk", "delay": "P90D"}, {"name": "Quarterly check-in 4", "content": "Last check-in of the year: is now the right time?", "delay": "P90D"}]'::jsonb,
    max_duration_seconds = 34560000
    where key = 'quarterly-check-in';
update nurture_track set steps = '[{"name": "ROI calculator", "content": "Work out what the product saves your team", "delay": "P7D"}, {"name": "Pricing and packaging guide", "content": "Plans that start small", "delay": "P30D"}, {"name": "Budget conversation", "content": "Invitation to plan next quarter''s budget together", "delay": "P60D"}]'::jsonb,
    max_duration_seconds = 15552000
    where key = 'revisit-next-quarter';
update nurture_track set steps = '[{"name": "Referral request", "content": "Who decides on this at your company? We would gladly brief them", "delay": "P1D"}, {"name": "Champion kit", "content": "A one-page business case to share with your decision maker", "delay": "P30D"}, {"name": "Case study for your team", "content": "How a team like yours made the case internally", "delay": "P30D"}]'::jsonb,
    max_duration_seconds = 10368000
    where key = 'ask-for-referral';
update nurture_track set steps = '[{"name": "Getting started guide", "content": "The problems the product solves, in plain words", "delay": "P14D"}, {"name": "Webinar invitation", "content": "Live session: signs that a team has outgrown spreadsheets", "delay": "P14D"}, {"name": "Best practices", "content": "Ten practices from our best customers", "delay": "P14D"}, {"name": "Industry report", "content": "This year''s benchmark report", "delay": "P14D"}]'::jsonb,
    max_duration_seconds = 15552000
    where key = 'education-series';
update nurture_track set steps = '[{"name": "Confirm your details", "content": "Is this still the best way to reach you?", "delay": "P1D"}, {"name": "Second reminder", "content": "We would like to stay in touch: please confirm your details", "delay": "P21D"}, {"name": "Last reminder", "content": "Last chance to confirm your details", "delay": "P21D"}]'::jsonb,
    max_duration_seconds = 5184000
    where key = 'contact-refresh';
update nurture_track set steps = '[{"name": "Newsletter", "content": "This month''s newsletter", "delay": "P30D"}, {"name": "Newsletter", "content": "This month''s newsletter", "delay": "P30D"}, {"name": "Newsletter", "content": "This month''s newsletter", "delay": "P30D"}]'::jsonb,
    max_duration_seconds = 31536000, below_threshold_priority = 0
    where key = 'monthly-newsletter';
