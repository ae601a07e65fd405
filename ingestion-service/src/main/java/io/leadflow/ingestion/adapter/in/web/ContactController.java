package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.ContactView;
import io.leadflow.ingestion.application.port.in.FindContactQuery;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    /** The e-mail address to look a person up by, in the body so that it never appears in a URL. */
    record ContactSearchRequest(String email) {}

    /**
     * 201 for a new person, 200 for an update; either way the answer is the full current profile. The person's e-mail
     * address is the body's {@code email}.
     */
    @PostMapping
    ResponseEntity<ContactResponse> upsert(
            @RequestBody(required = false) ContactRequest body,
            @RequestHeader(name = Callers.CORRELATION, required = false) String correlationId) {
        List<String> identities = body == null || body.anonymousIds() == null
                ? List.of()
                : body.anonymousIds().stream()
                        .filter(id -> id != null && !id.isBlank())
                        .map(RecordEngagementCommand::anonymous)
                        .toList();
        ContactView view = upsertContact.upsertContact(new UpsertContactCommand(
                EmailAddress.of(body == null ? null : body.email()),
                ContactAttributes.changes(body),
                identities,
                Callers.correlation(correlationId),
                "native"));
        return ResponseEntity.status(view.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(mapper.toResponse(view));
    }

    /** A person by lead id; anything else in the path (an e-mail address above all) is a {@code 400}. */
    @GetMapping("/{leadId}")
    ResponseEntity<ContactResponse> find(@PathVariable String leadId) {
        LeadId lead = LeadId.parse(leadId);
        return findContact
                .findContact(lead)
                .map(view -> ResponseEntity.ok(mapper.toResponse(view)))
                .orElseThrow(() -> new NotFoundException("contact", "no contact with lead id " + lead));
    }

    /** A person by e-mail address, given in the body: {@code {"email": "..."}}. */
    @PostMapping("/search")
    ResponseEntity<ContactResponse> search(@RequestBody(required = false) ContactSearchRequest body) {
        return findContact
                .findContact(EmailAddress.of(body == null ? null : body.email()))
                .map(view -> ResponseEntity.ok(mapper.toResponse(view)))
                .orElseThrow(() -> new NotFoundException("contact", "no contact with this e-mail address"));
    }
}
