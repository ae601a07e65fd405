package io.leadflow.ingestion.adapter.in.web;

/** The body of {@code POST /api/v1/privacy/erasures} and {@code /exports}: whose data. */
record PrivacyRequestBody(String email) {}
