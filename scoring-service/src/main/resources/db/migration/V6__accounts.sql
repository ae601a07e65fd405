-- Accounts: one per company domain, with the firmographics marketing keeps and the rep who owns the account
create table account (
    account_id     uuid primary key,
    domain         text        not null unique,
    name           text        not null,
    employees      integer,
    industry       text,
    country        text,
    target_account boolean     not null default false,
    tier           integer,
    owner_rep_id   uuid,
    origin         text        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index account_by_name on account (lower(name));

-- Each lead's account: matched by domain, or set by a person (manual), which matching then leaves alone
create table lead_account (
    lead_id    uuid primary key,
    account_id uuid        not null references account (account_id),
    manual     boolean     not null default false,
    linked_at  timestamptz not null
);
create index lead_account_by_account on lead_account (account_id);

-- The attributes of the lead's account as its rules saw them at its last change (account.tier, ...)
alter table lead_state add column account jsonb;
