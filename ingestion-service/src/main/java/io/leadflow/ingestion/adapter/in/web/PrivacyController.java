package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.FindPrivacyRequestQuery;
import io.leadflow.ingestion.application.port.in.PrivacyRequestCommand;
import io.leadflow.ingestion.application.port.in.PrivacyRequestPage;
import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.application.port.in.RequestErasureUseCase;
import io.leadflow.ingestion.application.port.in.RequestExportUseCase;
import io.leadflow.ingestion.application.port.in.TextFields;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.support.security.Caller;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data subjects' requests (docs/privacy.md), for admins and privacy officers. The e-mail travels in the body, never in
 * a path, so that it appears in no access log; answers name the request and the services, never the person.
 */
@RestController
@RequestMapping("/api/v1/privacy")
class PrivacyController {

    static final String ADMIN = "admin";
    static final String PRIVACY_OFFICER = "privacy_officer";

    private final RequestErasureUseCase erasure;
    private final RequestExportUseCase export;
    private final FindPrivacyRequestQuery find;
    private final JsonMapper json;

    PrivacyController(
            RequestErasureUseCase erasure, RequestExportUseCase export, FindPrivacyRequestQuery find, JsonMapper json) {
        this.erasure = erasure;
        this.export = export;
        this.find = find;
        this.json = json;
    }

    @PostMapping("/erasures")
    ResponseEntity<PrivacyRequestResponse> requestErasure(
            @RequestBody(required = false) PrivacyRequestBody body,
            Caller caller,
            @RequestHeader(name = Callers.CORRELATION, required = false) String correlationId) {
        PrivacyRequestView view = erasure.requestErasure(command(body, caller, correlationId));
        return accepted("erasures", view);
    }

    @PostMapping("/exports")
    ResponseEntity<PrivacyRequestResponse> requestExport(
            @RequestBody(required = false) PrivacyRequestBody body,
            Caller caller,
            @RequestHeader(name = Callers.CORRELATION, required = false) String correlationId) {
        PrivacyRequestView view = export.requestExport(command(body, caller, correlationId));
        return accepted("exports", view);
    }

    @GetMapping("/erasures")
    PrivacyRequestListResponse erasures(
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size,
            Caller caller) {
        return list(PrivacyRequestKind.ERASURE, page, size, caller);
    }

    @GetMapping("/exports")
    PrivacyRequestListResponse exports(
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size,
            Caller caller) {
        return list(PrivacyRequestKind.EXPORT, page, size, caller);
    }

    @GetMapping("/erasures/{id}")
    PrivacyRequestResponse erasure(@PathVariable UUID id, Caller caller) {
        return show(id, PrivacyRequestKind.ERASURE, caller);
    }

    @GetMapping("/exports/{id}")
    PrivacyRequestResponse export(@PathVariable UUID id, Caller caller) {
        return show(id, PrivacyRequestKind.EXPORT, caller);
    }

    private PrivacyRequestResponse show(UUID id, PrivacyRequestKind kind, Caller caller) {
        allowed(caller);
        PrivacyRequestView view = find.findPrivacyRequest(id, kind)
                .orElseThrow(() -> new NotFoundException(
                        kind == PrivacyRequestKind.ERASURE ? "erasure" : "export",
                        "no such request (an export is deleted when its retention ends)"));
        return PrivacyRequestResponse.of(view, view.document() == null ? null : json.readTree(view.document()));
    }

    private PrivacyRequestListResponse list(PrivacyRequestKind kind, String page, String size, Caller caller) {
        allowed(caller);
        PrivacyRequestPage found = find.findPrivacyRequests(kind, number(page, "page"), number(size, "size"));
        return new PrivacyRequestListResponse(
                found.page(),
                found.size(),
                found.total(),
                found.items().stream()
                        .map(view -> PrivacyRequestResponse.of(view, null))
                        .toList());
    }

    private static int number(String text, String field) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(
                    field, field + ".format", field + " is a whole number, got '" + TextFields.abbreviated(text) + "'");
        }
    }

    private static PrivacyRequestCommand command(PrivacyRequestBody body, Caller caller, String correlationId) {
        allowed(caller);
        return new PrivacyRequestCommand(
                EmailAddress.of(body == null ? null : body.email()), caller.user(), Callers.correlation(correlationId));
    }

    private static void allowed(Caller caller) {
        if (!caller.hasRole(ADMIN) && !caller.hasRole(PRIVACY_OFFICER)) {
            throw new AccessException(HttpStatus.FORBIDDEN, "only admins and privacy officers handle these requests");
        }
    }

    private static ResponseEntity<PrivacyRequestResponse> accepted(String collection, PrivacyRequestView view) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/privacy/" + collection + "/" + view.id()))
                .body(PrivacyRequestResponse.of(view, null));
    }
}
