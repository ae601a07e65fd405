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

    RepController(RegisterRepUseCase registerRep, FindRepQuery findRep) {
        this.registerRep = registerRep;
        this.findRep = findRep;
    }

    /** 201 with the rep and its Location; the rep takes hand-offs from now on when {@code available}. */
    @PostMapping
    ResponseEntity<RepResponse> register(@RequestBody(required = false) RegisterRepRequest body) {
        RepView rep = registerRep.registerRep(WebRequestMapper.toCommand(body));
        return ResponseEntity.created(URI.create("/api/v1/reps/" + rep.id())).body(RepResponse.from(rep));
    }

    @GetMapping
    List<RepResponse> list() {
        return findRep.findReps().stream().map(RepResponse::from).toList();
    }

    @GetMapping("/{id}")
    RepResponse find(@PathVariable String id) {
        return RepResponse.from(findRep.findRep(WebRequestMapper.repId(id)));
    }
}
