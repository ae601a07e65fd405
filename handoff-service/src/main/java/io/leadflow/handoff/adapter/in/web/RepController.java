package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.FindRepQuery;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.RotateWebhookSecretCommand;
import io.leadflow.handoff.application.port.in.RotateWebhookSecretUseCase;
import io.leadflow.handoff.application.port.in.WebhookSecretView;
import io.leadflow.support.security.Caller;
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
    private final RotateWebhookSecretUseCase rotateSecret;
    private final HandoffWebMapper mapper;

    RepController(
            RegisterRepUseCase registerRep,
            FindRepQuery findRep,
            RotateWebhookSecretUseCase rotateSecret,
            HandoffWebMapper mapper) {
        this.registerRep = registerRep;
        this.rotateSecret = rotateSecret;
        this.findRep = findRep;
        this.mapper = mapper;
    }

    /**
     * 201 with the rep and its Location; the rep takes hand-offs from now on when {@code available}. The answer carries
     * the rep's webhook signing secret, this once.
     */
    @PostMapping
    ResponseEntity<RepResponse> register(@RequestBody(required = false) RegisterRepRequest body) {
        RepView rep = registerRep.registerRep(mapper.toCommand(RequestBodies.required(body)));
        return ResponseEntity.created(URI.create("/api/v1/reps/" + rep.id())).body(mapper.toResponse(rep));
    }

    @GetMapping
    List<RepResponse> list(Caller caller) {
        boolean admin = PropertyAccess.readsNotificationUrls(caller);
        return findRep.findReps().stream()
                .map(rep -> shown(mapper.toResponse(rep), admin))
                .toList();
    }

    @GetMapping("/{id}")
    RepResponse find(@PathVariable String id, Caller caller) {
        return shown(
                mapper.toResponse(findRep.findRep(WebValues.repId(id))), PropertyAccess.readsNotificationUrls(caller));
    }

    /**
     * A new signing secret for the rep's webhook, answered this once; the former one keeps signing beside it for
     * {@code gracePeriod} (default 24 hours, at most 30 days, {@code PT0S}: it stops at once).
     */
    @PostMapping("/{id}/webhook/secret/rotate")
    WebhookSecretResponse rotateSecret(
            @PathVariable String id, @RequestBody(required = false) RotateWebhookSecretRequest body) {
        WebhookSecretView rotated = rotateSecret.rotateWebhookSecret(new RotateWebhookSecretCommand(
                WebValues.repId(id), body == null ? null : WebValues.gracePeriod(body.gracePeriod())));
        return new WebhookSecretResponse(rotated.repId(), rotated.secret(), rotated.previousValidUntil());
    }

    private static RepResponse shown(RepResponse rep, boolean admin) {
        return admin ? rep : rep.redacted();
    }
}
