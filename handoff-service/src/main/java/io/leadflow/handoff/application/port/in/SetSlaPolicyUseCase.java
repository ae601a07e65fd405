package io.leadflow.handoff.application.port.in;

/** Sets the SLA of one priority; clocks started from now on follow it, running ones keep their deadlines. */
public interface SetSlaPolicyUseCase {

    SlaPolicyView setSlaPolicy(SetSlaPolicyCommand command);
}
