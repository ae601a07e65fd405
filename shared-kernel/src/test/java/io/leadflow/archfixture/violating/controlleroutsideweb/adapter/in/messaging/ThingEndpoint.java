package io.leadflow.archfixture.violating.controlleroutsideweb.adapter.in.messaging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ThingEndpoint {

    @GetMapping("/things")
    String things() {
        return "[]";
    }
}
