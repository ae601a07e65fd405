package io.leadflow.nurturing.adapter.in.web;

/** The track a lead is on: its stable key and its current name. */
public record TrackRefResponse(String key, String name) {}
