-- Retention (docs/privacy-retention.md): a sent step's delivery is removed with its attempts, and the time columns
-- the retention job looks at are indexed so that each of its short statements finds its rows quickly.
alter table step_delivery_attempt drop constraint step_delivery_attempt_delivery_id_fkey;
alter table step_delivery_attempt
    add constraint step_delivery_attempt_delivery_id_fkey
        foreign key (delivery_id) references step_delivery (id) on delete cascade;

create index outbox_event_published on outbox_event (published_at) where published_at is not null;
create index processed_event_by_time on processed_event (processed_at);
create index step_delivery_by_created on step_delivery (created_at) where status <> 'PENDING';
