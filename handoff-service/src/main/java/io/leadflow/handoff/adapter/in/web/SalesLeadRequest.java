package io.leadflow.handoff.adapter.in.web;

/** A sales-generated lead: the person's e-mail and name, company, optional segment, and how the rep met them. */
public record SalesLeadRequest(
        String email, String firstName, String lastName, String company, String segment, String note) {}
