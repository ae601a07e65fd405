package io.leadflow.handoff.application.port.in;

/** Changes a rep's organisational data; the fairness counters stay. A new webhook is checked like a new rep's. */
public interface UpdateRepDetailsUseCase {

    /** @throws NotFoundException for an unknown rep or team */
    RepDetailsView updateRepDetails(UpdateRepDetailsCommand command);
}
