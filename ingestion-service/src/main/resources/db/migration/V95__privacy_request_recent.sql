-- The recent requests of a kind, newest first (GET /api/v1/privacy/erasures and /exports).
create index privacy_request_recent on privacy_request (kind, requested_at desc, id desc);
