package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.ContactView;
import io.leadflow.ingestion.application.port.in.FindContactQuery;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.kernel.EmailAddress;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contacts")
class ContactController {

    private final UpsertContactUseCase upsertContact;
    private final FindContactQuery findContact;
    private final IngestionWebMapper mapper;

    ContactController(UpsertContactUseCase upsertContact, FindContactQuery findContact, IngestionWebMapper mapper) {
        this.upsertContact = upsertContact;
        this.findContact = findContact;
        this.mapper = mapper;
    }

    /** 201 for a new person, 200 for an update; either way the answer is the full current profile. */
    @PutMapping("/{email}")
    ResponseEntity<ContactResponse> upsert(
            @PathVariable String email,
            @RequestBody(required = false) ContactRequest body,
            @RequestHeader(name = Callers.CORRELATION, required = false) String correlationId) {
        List<String> identities = body == null || body.anonymousIds() == null
                ? List.of()
                : body.anonymousIds().stream()
                        .filter(id -> id != null && !id.isBlank())
                        .map(RecordEngagementCommand::anonymous)
                        .toList();
        ContactView view = upsertContact.upsertContact(new UpsertContactCommand(
                EmailAddress.of(email),
                ContactAttributes.changes(body),
                identities,
                Callers.correlation(correlationId),
                "native"));
        return ResponseEntity.status(view.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(mapper.toResponse(view));
    }

    @GetMapping("/{email}")
    ResponseEntity<ContactResponse> find(@PathVariable String email) {
        return findContact
                .findContact(EmailAddress.of(email))
                .map(view -> ResponseEntity.ok(mapper.toResponse(view)))
                .orElseThrow(() -> new NotFoundException("contact", "no contact with this e-mail address"));
    }
}
