package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.FindRepQuery;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.RepView;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reps")
class RepController {

    private final RegisterRepUseCase registerRep;
    private final FindRepQuery findRep;
    private final HandoffWebMapper mapper;

    RepController(RegisterRepUseCase registerRep, FindRepQuery findRep, HandoffWebMapper mapper) {
        this.registerRep = registerRep;
        this.findRep = findRep;
        this.mapper = mapper;
    }

    /** 201 with the rep and its Location; the rep takes hand-offs from now on when {@code available}. */
    @PostMapping
    ResponseEntity<RepResponse> register(@RequestBody(required = false) RegisterRepRequest body) {
        RepView rep = registerRep.registerRep(mapper.toCommand(RequestBodies.required(body)));
        return ResponseEntity.created(URI.create("/api/v1/reps/" + rep.id())).body(mapper.toResponse(rep));
    }

    @GetMapping
    List<RepResponse> list() {
        return findRep.findReps().stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/{id}")
    RepResponse find(@PathVariable String id) {
        return mapper.toResponse(findRep.findRep(WebValues.repId(id)));
    }
}
