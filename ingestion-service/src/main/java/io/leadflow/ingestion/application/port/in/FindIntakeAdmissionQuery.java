package io.leadflow.ingestion.application.port.in;

/**
 * Whether new events and profiles are taken in now: while more events wait to be passed on than the service may hold
 * back, senders are asked to come back later, so that the wait never grows unbounded behind a slow or blocked broker.
 */
public interface FindIntakeAdmissionQuery {

    IntakeAdmission admission();
}
