-- The W3C trace context (traceparent) of the work that wrote the event, if it was traced: the relay puts it on the
-- message, so the consumer's work joins the same trace although the relay sends from a scheduler thread.
alter table outbox_event add column traceparent text;
