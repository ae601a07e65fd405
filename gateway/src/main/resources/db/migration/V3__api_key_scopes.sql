-- A key's scope (docs/security.md, "Browser write keys"). Every key made before scopes existed stays a server key.
-- A browser key names the exact origins whose pages may send with it and whether an admin lets it send buying signals.
alter table api_key add column scope varchar(10) not null default 'server'
    constraint api_key_scope check (scope in ('server', 'browser'));
alter table api_key add column allowed_origins text not null default ''; -- space-separated
alter table api_key add column buying_signals boolean not null default false;
