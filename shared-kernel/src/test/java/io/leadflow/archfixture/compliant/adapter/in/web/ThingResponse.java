package io.leadflow.archfixture.compliant.adapter.in.web;

public record ThingResponse(String id) {}
