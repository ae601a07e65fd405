package io.leadflow.ingestion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.ingestion.application.port.in.ContactView;
import io.leadflow.ingestion.application.port.in.ImportJobView;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.StartImportCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactCommand;
import io.leadflow.ingestion.domain.ImportJob;
import io.leadflow.ingestion.domain.ImportKind;
import io.leadflow.ingestion.domain.ImportStatus;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpsertContactServiceTest {

    private final InMemoryIngestionStore store = new InMemoryIngestionStore();
    private final IngestionServices.Ports ports = store.ports(
            new IngestionSettings(Duration.ofMinutes(5), 2),
            Clock.fixed(RecordEngagementServiceTest.NOW, ZoneOffset.UTC));

    @Test
    void a_partial_update_keeps_the_fields_it_did_not_send_and_publishes_the_full_profile() {
        upsert(Map.of(
                ProfileAttributes.FIRST_NAME,
                "Sam",
                ProfileAttributes.JOB_TITLE,
                "CTO",
                ProfileAttributes.COMPANY_EMPLOYEES,
                "250"));
        ContactView after = upsert(Map.of(ProfileAttributes.COUNTRY, "DE", ProfileAttributes.JOB_TITLE, ""));

        assertThat(after.attributes())
                .containsEntry(ProfileAttributes.FIRST_NAME, "Sam")
                .containsEntry(ProfileAttributes.COUNTRY, "DE")
                .containsEntry(ProfileAttributes.COMPANY_EMPLOYEES, "250")
                .containsEntry(ProfileAttributes.COMPANY_DOMAIN, "contoso.com")
                .doesNotContainKey(ProfileAttributes.JOB_TITLE);
        ProfileChangedEvent last = (ProfileChangedEvent) store.published.getLast();
        assertThat(last.attributes()).isEqualTo(after.attributes());
    }

    @Test
    void an_update_that_changes_nothing_publishes_nothing() {
        upsert(Map.of(ProfileAttributes.FIRST_NAME, "Sam"));
        int before = store.published.size();
        upsert(Map.of(ProfileAttributes.FIRST_NAME, "Sam"));
        assertThat(store.published).hasSize(before);
    }

    @Test
    void a_given_company_domain_wins_over_the_e_mail_domain() {
        ContactView view = upsert(Map.of(ProfileAttributes.COMPANY_DOMAIN, "contoso-group.com"));
        assertThat(view.attributes()).containsEntry(ProfileAttributes.COMPANY_DOMAIN, "contoso-group.com");
    }

    @Test
    void numbers_and_consent_flags_are_checked() {
        assertThatThrownBy(() -> upsert(Map.of(ProfileAttributes.COMPANY_EMPLOYEES, "lots")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("attribute.integer"));
        assertThatThrownBy(() -> upsert(Map.of("consent.email", "maybe")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("attribute.boolean"));
    }

    @Test
    void linking_an_anonymous_id_publishes_the_visitors_earlier_events_as_the_leads() {
        IngestionServices.recordEngagement(ports)
                .recordEngagement(new RecordEngagementCommand(
                        null,
                        "website_visited",
                        RecordEngagementServiceTest.NOW,
                        null,
                        List.of("anon:v1"),
                        Channel.WEBSITE,
                        null,
                        null,
                        Map.of(),
                        "c",
                        "native",
                        null,
                        null));
        ContactView sam = IngestionServices.upsertContact(ports)
                .upsertContact(new UpsertContactCommand(
                        EmailAddress.of("sam@contoso.com"), Map.of(), List.of("anon:v1"), "c", "native"));

        assertThat(store.published)
                .filteredOn(EngagementRecordedEvent.class::isInstance)
                .singleElement()
                .satisfies(e -> assertThat(e.metadata().leadId()).isEqualTo(sam.leadId()));
    }

    @Test
    void an_import_works_in_chunks_and_reports_bad_rows_with_their_line_numbers() {
        ImportJob job = IngestionServices.imports(ports)
                .startImport(new StartImportCommand(ImportKind.EVENTS, """
                type,occurredAt,email,channel
                website_visited,2026-11-20T10:00:00Z,a@acme.com,website
                telepathy,2026-11-20T10:00:00Z,b@acme.com,website
                demo_requested,yesterday,c@acme.com,contact_form
                demo_requested,2026-11-20T11:00:00Z,d@acme.com,
                """, "marketing@acme.com", "corr-i"));
        assertThat(job.totalRows()).isEqualTo(4);

        assertThat(IngestionServices.imports(ports).processNextChunk()).isTrue();
        assertThat(IngestionServices.imports(ports)
                        .findImport(job.id())
                        .orElseThrow()
                        .job()
                        .doneRows())
                .isEqualTo(2);
        while (IngestionServices.imports(ports).processNextChunk()) {
            // next chunk
        }

        ImportJobView done =
                IngestionServices.imports(ports).findImport(job.id()).orElseThrow();
        assertThat(done.job().status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.job().failedRows()).isEqualTo(2);
        assertThat(done.errors())
                .extracting(ImportJobView.RowError::line, ImportJobView.RowError::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "type.unknown"),
                        org.assertj.core.groups.Tuple.tuple(4L, "occurredAt.format"));
        assertThat(store.engagements.values())
                .extracting(e -> e.channel())
                .containsExactlyInAnyOrder(Channel.WEBSITE, Channel.IMPORT);
        assertThat(store.accepted).containsEntry("import", 2);
    }

    @Test
    void an_import_with_a_broken_header_is_refused_at_once() {
        assertThatThrownBy(() -> IngestionServices.imports(ports)
                        .startImport(new StartImportCommand(
                                ImportKind.CONTACTS, "mail,firstName\nsam@contoso.com,Sam\n", null, "c")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.rule()).isEqualTo("csv.header");
                    assertThat(e.getMessage()).contains("mail");
                });
        assertThat(store.jobs).isEmpty();
    }

    private ContactView upsert(Map<String, String> changes) {
        return IngestionServices.upsertContact(ports)
                .upsertContact(new UpsertContactCommand(
                        EmailAddress.of("sam@contoso.com"), changes, List.of(), "corr", "native"));
    }
}
