package io.leadflow.ingestion.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.support.deadletter.JdbcDeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ingestion's privacy adapters on the real PostgreSQL: the person's contact, identities, raw events and import lines
 * go, nobody else's do; a request completes when every service answered, an export's document is assembled from the
 * parts, and exports are deleted when they expire or when the person is erased.
 */
class JdbcPrivacyAdaptersIT {

    private static final EmailAddress EMAIL = EmailAddress.of("wren.canary@northwind.example");
    private static final Instant T0 = Instant.parse("2026-03-02T10:15:30Z");

    private final DataSource db = ContractDatabase.empty();
    private final JdbcClient jdbc = JdbcClient.create(db);
    private final JdbcSubjectData subjects = new JdbcSubjectData(
            jdbc, new JdbcDeadLetters(jdbc, JsonMapper.builder().build()));
    private final JdbcPrivacyRequests requests = new JdbcPrivacyRequests(jdbc);

    private void engaged(UUID lead, String note) {
        jdbc.sql("""
                insert into engagement (event_id, lead_id, type, channel, occurred_at, properties)
                values (gen_random_uuid(), :lead, 'DEMO_REQUESTED', 'WEBSITE', now(), cast(:props as jsonb))""")
                .param("lead", lead)
                .param("props", "{\"note\": \"" + note + "\"}")
                .update();
    }

    private void deadLetter(String body) {
        jdbc.sql("""
                insert into dead_letter (queue, event_type, failure, stacktrace, headers, body)
                values ('lead.privacy-receipts.ingestion-service', 'LeadDataExported', 'boom', 'boom', '{}'::jsonb, :body)""").param("body", body.getBytes(StandardCharsets.UTF_8)).update();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void erasure_removes_the_contact_its_identities_events_and_import_lines_and_nothing_of_anyone_else() {
        UUID lead = ContractDatabase.storedLead(db, EMAIL.value()).value();
        UUID other = ContractDatabase.storedLead(db, "someone.else@northwind.example")
                .value();
        engaged(lead, "Wren Canarysson");
        engaged(other, "someone else");
        jdbc.sql("insert into identity_link (identity, lead_id, linked_at) values ('anon:w-1', :lead, now())")
                .param("lead", lead)
                .update();
        jdbc.sql("""
                insert into import_job (id, kind, status, content, total_rows, requested_by, correlation_id,
                    created_at, updated_at)
                values (gen_random_uuid(), 'CONTACTS', 'DONE', :content, 2, 'm', 'c', now(), now())""")
                .param(
                        "content",
                        "email,lastName\nWren.Canary@northwind.example,Canarysson\n"
                                + "someone.else@northwind.example,Else")
                .update();
        deadLetter("{\"document\": \"{\\\"leadId\\\": \\\"" + lead + "\\\", \\\"name\\\": \\\"Wren\\\"}\"}");
        deadLetter("{\"document\": \"{\\\"leadId\\\": \\\"" + other + "\\\"}\"}");

        List<UUID> leads = subjects.leadsOf(EMAIL);
        assertThat(leads).containsExactly(lead);
        assertThat(subjects.erase(EMAIL, leads)).isPositive();

        assertThat(subjects.leadsOf(EMAIL)).isEmpty();
        assertThat(count("select count(*) from engagement")).isOne();
        assertThat(count("select count(*) from identity_link")).isZero();
        assertThat(count("select count(*) from contact")).isOne();
        assertThat(jdbc.sql("select convert_from(body, 'UTF8') from dead_letter")
                        .query(String.class)
                        .list())
                .as("the dead-lettered export part about the person is gone, the other one stays")
                .singleElement()
                .satisfies(body -> assertThat(body).contains(other.toString()).doesNotContain("Wren"));
        String content =
                jdbc.sql("select content from import_job").query(String.class).single();
        assertThat(content)
                .isEqualTo("email,lastName\nsomeone.else@northwind.example,Else")
                .doesNotContainIgnoringCase("wren");
    }

    @Test
    void an_export_completes_when_every_service_answered_with_every_part_in_one_document() {
        UUID lead = ContractDatabase.storedLead(db, EMAIL.value()).value();
        UUID id = UUID.randomUUID();
        requests.create(
                id,
                PrivacyRequestKind.EXPORT,
                List.of(lead),
                "dpo@leadflow.example",
                T0,
                T0.plusSeconds(3600),
                List.of("ingestion-service", "scoring-service"));
        requests.answer(id, "ingestion-service", T0, null, subjects.export(EMAIL, List.of(lead)));
        requests.completeIfAnswered(id, T0);
        assertThat(requests.find(id, PrivacyRequestKind.EXPORT).orElseThrow().complete())
                .isFalse();

        assertThat(requests.answer(id, "scoring-service", T0.plusSeconds(5), null, "{\"leads\": [1]}"))
                .isTrue();
        assertThat(requests.answer(id, "scoring-service", T0.plusSeconds(6), null, "{}"))
                .as("a service answers once")
                .isFalse();
        requests.completeIfAnswered(id, T0.plusSeconds(5));

        PrivacyRequestView done = requests.find(id, PrivacyRequestKind.EXPORT).orElseThrow();
        assertThat(done.complete()).isTrue();
        assertThat(done.services()).allSatisfy(s -> assertThat(s.done()).isTrue());
        assertThat(done.document()).contains(EMAIL.value()).contains("\"scoring-service\": {\"leads\": [1]}");
        assertThat(requests.find(id, PrivacyRequestKind.ERASURE)).isEmpty();

        assertThat(requests.deleteExpiredExports(T0.plusSeconds(3599))).isZero();
        assertThat(requests.deleteExpiredExports(T0.plusSeconds(3600))).isOne();
        assertThat(requests.find(id, PrivacyRequestKind.EXPORT)).isEmpty();
    }

    @Test
    void erasing_a_person_deletes_their_exports() {
        UUID lead = ContractDatabase.storedLead(db, EMAIL.value()).value();
        UUID id = UUID.randomUUID();
        requests.create(id, PrivacyRequestKind.EXPORT, List.of(lead), "dpo", T0, T0.plusSeconds(60), List.of("x"));

        assertThat(requests.deleteExportsOf(List.of(UUID.randomUUID()))).isZero();
        assertThat(requests.deleteExportsOf(List.of(lead))).isOne();
        assertThat(requests.find(id, PrivacyRequestKind.EXPORT)).isEmpty();
    }

    @Test
    void the_recent_requests_of_a_kind_come_newest_first_with_each_service_and_no_document() {
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        UUID export = UUID.randomUUID();
        List<String> services = List.of("ingestion-service", "scoring-service");
        requests.create(older, PrivacyRequestKind.ERASURE, List.of(), "dpo", T0, null, services);
        requests.create(newer, PrivacyRequestKind.ERASURE, List.of(), "dpo", T0.plusSeconds(60), null, services);
        requests.create(export, PrivacyRequestKind.EXPORT, List.of(), "dpo", T0, T0.plusSeconds(600), services);
        requests.answer(older, "ingestion-service", T0, 4, null);
        requests.answer(older, "scoring-service", T0.plusSeconds(2), 1, null);
        requests.completeIfAnswered(older, T0.plusSeconds(2));

        List<PrivacyRequestView> erasures = requests.list(PrivacyRequestKind.ERASURE, 0, 10);

        assertThat(erasures).extracting(PrivacyRequestView::id).containsExactly(newer, older);
        assertThat(erasures.get(1).complete()).isTrue();
        assertThat(erasures.get(1).services())
                .extracting(s -> s.service() + "=" + s.records())
                .containsExactly("ingestion-service=4", "scoring-service=1");
        assertThat(erasures.get(0).services())
                .noneSatisfy(s -> assertThat(s.done()).isTrue());
        assertThat(requests.list(PrivacyRequestKind.ERASURE, 1, 10))
                .extracting(PrivacyRequestView::id)
                .containsExactly(older);
        assertThat(requests.count(PrivacyRequestKind.ERASURE)).isEqualTo(2);
        assertThat(requests.list(PrivacyRequestKind.EXPORT, 0, 10))
                .singleElement()
                .satisfies(v -> assertThat(v.document()).isNull());
    }
}
