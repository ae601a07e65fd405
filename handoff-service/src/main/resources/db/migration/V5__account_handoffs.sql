-- Qualified accounts handed to sales: one per AccountQualified event; the people behind it as the event named them
create table account_handoff (
    id             uuid primary key,
    event_id       uuid        not null unique,
    account_id     uuid        not null,
    name           text        not null,
    domain         text        not null,
    tier           integer,
    size           integer,
    industry       text,
    country        text,
    score          integer     not null,
    threshold      integer     not null,
    qualification  integer     not null,
    people         jsonb       not null default '[]'::jsonb,
    owner_rep_id   uuid,
    status         text        not null,
    rep_id         uuid references sales_rep (id),
    assigned_by    text,
    team_id        uuid,
    qualified_at   timestamptz not null,
    created_at     timestamptz not null,
    assigned_at    timestamptz,
    correlation_id text        not null
);
create index account_handoff_by_account on account_handoff (account_id, created_at desc);
create index account_handoff_by_rep on account_handoff (rep_id, created_at desc);
create index account_handoff_by_team on account_handoff (team_id, created_at desc);

-- a notification belongs to a lead's hand-off or to an account's: the one delivery machinery serves both
alter table webhook_delivery drop constraint webhook_delivery_handoff_id_fkey;
