package io.leadflow.ingestion.adapter.in.web;

import java.util.List;

/**
 * {@code GET /api/v1/privacy/erasures} and {@code /exports}: a page of requests, newest first, each with its status
 * per service but without an export's document (that is on the request's own resource).
 */
record PrivacyRequestListResponse(int page, int size, long total, List<PrivacyRequestResponse> items) {}
