package io.leadflow.handoff.application.port.out;

import java.util.Optional;

/**
 * Who is making the change being handled, as the gateway named them; empty for the service's own work (timers,
 * messages). Changes are recorded under this name without every command having to carry it.
 */
public interface CurrentCaller {

    Optional<String> user();
}
