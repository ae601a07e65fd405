package io.leadflow.archfixture.compliant.adapter.in.web;

import io.leadflow.archfixture.compliant.application.port.in.RegisterThingUseCase;
import io.leadflow.archfixture.compliant.domain.ThingId;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/things")
class ThingController {

    private final RegisterThingUseCase registerThing;
    private final ThingWebMapper mapper;

    ThingController(RegisterThingUseCase registerThing, ThingWebMapper mapper) {
        this.registerThing = registerThing;
        this.mapper = mapper;
    }

    @PostMapping
    ThingResponse register(@RequestBody RegisterThingRequest request) {
        ThingId id = registerThing.register(mapper.toCommand(request));
        return new ThingResponse(id.value().toString());
    }
}
