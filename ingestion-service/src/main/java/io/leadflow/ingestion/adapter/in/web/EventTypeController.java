package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.ManageEventTypesUseCase;
import io.leadflow.ingestion.domain.CustomEventType;
import io.leadflow.support.security.Caller;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Custom engagement types: anyone inside may list them; only an admin registers or removes one. */
@RestController
@RequestMapping("/api/v1/event-types")
class EventTypeController {

    record EventTypeRequest(String name, String description) {}

    record EventTypeResponse(String name, String description, String registeredAt, String registeredBy) {}

    private final ManageEventTypesUseCase eventTypes;
    private final Clock clock;
    private final IngestionViewMapper mapper;

    EventTypeController(ManageEventTypesUseCase eventTypes, Clock clock, IngestionViewMapper mapper) {
        this.eventTypes = eventTypes;
        this.clock = clock;
        this.mapper = mapper;
    }

    @GetMapping
    List<EventTypeResponse> list() {
        return eventTypes.listEventTypes().stream().map(mapper::toResponse).toList();
    }

    @PostMapping
    ResponseEntity<EventTypeResponse> register(@RequestBody(required = false) EventTypeRequest body, Caller caller) {
        requireAdmin(caller);
        CustomEventType type = new CustomEventType(
                body == null ? null : body.name(),
                body == null ? null : body.description(),
                clock.instant(),
                caller.user());
        if (!eventTypes.registerEventType(type)) {
            throw new ConflictException("event-type-exists", "a type named '" + type.name() + "' exists already");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(mapper.toResponse(type));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> remove(@PathVariable String name, Caller caller) {
        requireAdmin(caller);
        if (!eventTypes.removeEventType(name)) {
            throw new NotFoundException("event-type", "no custom type named '" + name + "'");
        }
        return ResponseEntity.noContent().build();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.hasRole("admin")) {
            throw new AccessException(HttpStatus.FORBIDDEN, "only an admin may change event types");
        }
    }
}
