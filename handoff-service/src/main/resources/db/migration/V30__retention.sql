-- Retention (docs/privacy-retention.md): the time columns the retention job looks at, indexed so that each of its
-- short statements finds its rows quickly.
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
create index processed_event_by_time on processed_event (processed_at);
create index webhook_delivery_by_created on webhook_delivery (created_at)
    where delivered_at is not null or failed_at is not null;
