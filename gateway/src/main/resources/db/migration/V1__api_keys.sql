-- API keys (and Segment write keys) of event sources. Only a SHA-256 of the whole key is kept; the key id,
-- which is part of the key, finds the row. A revoked key stays for the record.
create table api_key (
    key_id        varchar(16)  primary key,
    name          varchar(100) not null,
    secret_sha256 bytea        not null,
    created_at    timestamptz  not null,
    created_by    varchar(320) not null,
    revoked_at    timestamptz,
    revoked_by    varchar(320)
);
