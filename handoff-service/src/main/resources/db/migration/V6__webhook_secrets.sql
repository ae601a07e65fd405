-- every rep's webhook endpoint signs with a secret of its own ("whsec_" + base64); a rotation keeps the former one
-- valid until valid_until (null: valid until the next rotation). Sealed with AES-GCM ("aesgcm:...") when the service
-- has a secret key, as it is otherwise.
create table webhook_secret (
    id          uuid primary key default gen_random_uuid(),
    rep_id      uuid        not null references sales_rep (id) on delete cascade,
    secret      text        not null,
    created_at  timestamptz not null,
    valid_until timestamptz
);

create index webhook_secret_of_rep on webhook_secret (rep_id, created_at desc);

-- the reps registered before: a random secret each (32 bytes from two random UUIDs' strong randomness), which an admin
-- reads by rotating it
insert into webhook_secret (rep_id, secret, created_at)
select id,
       'whsec_' || encode(decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), 'base64'),
       now()
from sales_rep;
