package io.leadflow.archfixture.violating.applicationseesadapter.adapter.in.web;

public record ThingResponse(String name) {}
