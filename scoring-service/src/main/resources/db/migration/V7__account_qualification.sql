-- Account-level MQL: whether an account stands qualified as a whole, since when and at which roll-up score
create table account_qualification (
    account_id      uuid primary key references account (account_id),
    qualified       boolean     not null,
    qualified_at    timestamptz,
    qualified_score integer,
    qualifications  integer     not null default 0,
    lapsed_at       timestamptz,
    evaluated_at    timestamptz not null
);

-- Accounts whose roll-up may have changed, written with the lead change (append only: no lock on the lead's path)
-- and taken by the evaluator after that change committed
create table account_mark (
    id         bigserial primary key,
    account_id uuid        not null references account (account_id),
    marked_at  timestamptz not null default now()
);
