package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.SetRepAvailabilityCommand;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityUseCase;
import io.leadflow.support.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A manager marks a rep of their team away (no new hand-offs) or back. */
@RestController
class RepAvailabilityController {

    private final SetRepAvailabilityUseCase setAvailability;
    private final HandoffWebMapper mapper;

    RepAvailabilityController(SetRepAvailabilityUseCase setAvailability, HandoffWebMapper mapper) {
        this.setAvailability = setAvailability;
        this.mapper = mapper;
    }

    /** 200 with the rep; a repeat answers the same; 403 unless the manager of the rep's team or an admin. */
    @PutMapping("/api/v1/reps/{id}/availability")
    RepResponse setAvailability(
            @PathVariable String id, @RequestBody(required = false) RepAvailabilityRequest body, Caller caller) {
        var actor = Identity.required(caller);
        var command = new SetRepAvailabilityCommand(
                WebValues.repId(id), RequestBodies.required(body).available(), actor);
        return mapper.toResponse(setAvailability.setRepAvailability(command));
    }
}
