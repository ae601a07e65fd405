-- who changed the sales organisation (teams, reps, routing rules, SLA policies, webhook secrets) and when; append-only
create table organisation_change (
    id      bigserial primary key,
    at      timestamptz not null,
    actor   text        not null,
    action  text        not null,
    subject text        not null
);
