package io.leadflow.nurturing.adapter.in.web;

/**
 * Marketing's nurturing settings. On PUT, fields left out keep their value. {@code belowThresholdAfter} is an
 * ISO-8601 duration ({@code P30D}).
 */
public record SettingsBody(
        Integer recycleThreshold,
        Boolean belowThresholdEnrolment,
        Integer qualificationThreshold,
        String belowThresholdAfter) {}
