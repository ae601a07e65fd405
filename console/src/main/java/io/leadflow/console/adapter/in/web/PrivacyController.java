package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PrivacyRequest;
import io.leadflow.console.application.port.in.HandlePrivacyRequestsUseCase;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Data subjects' requests for privacy officers and admins: the form to ask for an export or an erasure of an e-mail
 * address's data (an erasure only after a confirmation saying what will happen), the recent requests of each kind, a
 * request's page with its status per service (polled while pending) and an export's document to read and download.
 * The address travels only in POST bodies, to the console and on to the API, never in a URL.
 */
@Controller
class PrivacyController {

    private static final String FORM = "privacy :: request-form";
    private static final Map<String, String> KINDS = Map.of("erasures", "erasure", "exports", "export");

    private final HandlePrivacyRequestsUseCase requests;

    PrivacyController(HandlePrivacyRequestsUseCase requests) {
        this.requests = requests;
    }

    @GetMapping("/privacy")
    String page(
            Caller caller,
            @RequestParam(defaultValue = "0") int erasuresPage,
            @RequestParam(defaultValue = "0") int exportsPage,
            Model model) {
        form(model, "", null, null);
        model.addAttribute("erasures", requests.recent(caller, "erasure", erasuresPage));
        model.addAttribute("exports", requests.recent(caller, "export", exportsPage));
        return "privacy";
    }

    /** The form again with what was typed (Cancel on the confirmation). */
    @PostMapping("/privacy/form")
    String backToForm(@RequestParam(defaultValue = "") String email, Model model) {
        form(model, email, null, null);
        return FORM;
    }

    /** The confirmation of an erasure: what will happen, for which address, and the button that does it. */
    @PostMapping("/privacy/erasures/confirm")
    String confirmErasure(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
        if (email.isBlank()) {
            response.setStatus(422);
            form(model, email, "Enter the e-mail address of the person whose data is to be erased.", null);
            return FORM;
        }
        model.addAttribute("email", email.strip());
        model.addAttribute("confirming", true);
        return "privacy :: confirm-erasure";
    }

    @PostMapping("/privacy/{collection}")
    String request(
            Caller caller,
            @PathVariable String collection,
            @RequestParam(defaultValue = "") String email,
            Model model,
            HttpServletResponse response) {
        String kind = kind(collection);
        if (email.isBlank()) {
            response.setStatus(422);
            form(model, email, "Enter the person's e-mail address.", null);
            return FORM;
        }
        try {
            PrivacyRequest asked = requests.request(caller, kind, email);
            response.setHeader("HX-Redirect", "/privacy/" + collection + "/" + asked.id());
            form(model, "", null, null);
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 400 && refusal.status() != 409 && refusal.status() != 422) {
                throw refusal;
            }
            response.setStatus(422);
            String atField = refusal.fields().get("email");
            form(model, email, atField, atField == null ? refusal.getMessage() : null);
        }
        return FORM;
    }

    @GetMapping("/privacy/{collection}/{id}")
    String request(
            Caller caller,
            @PathVariable String collection,
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("request", requests.find(caller, kind(collection), id));
        model.addAttribute("collection", collection);
        return htmx == null ? "privacy-request" : "privacy-request :: request-status";
    }

    /** A complete export's document as a JSON file; 404 until it is complete. */
    @GetMapping("/privacy/exports/{id}/document.json")
    ResponseEntity<byte[]> document(Caller caller, @PathVariable UUID id) {
        PrivacyRequest export = requests.find(caller, "export", id);
        if (export.document() == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "The export is not complete yet: its document is there once every service answered.");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("export-" + id + ".json")
                                .build()
                                .toString())
                .body(export.document().getBytes(StandardCharsets.UTF_8));
    }

    private static String kind(String collection) {
        String kind = KINDS.get(collection);
        if (kind == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such kind of privacy request.");
        }
        return kind;
    }

    private static void form(Model model, String email, @Nullable String emailError, @Nullable String message) {
        model.addAttribute("email", email);
        model.addAttribute("emailError", emailError);
        model.addAttribute("message", message);
    }
}
