package io.leadflow.scoring.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.LeadPage;
import io.leadflow.scoring.application.port.in.LeadSearch;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The lead list's text, score range and channel filters against PostgreSQL, and the index the text search uses. */
class JdbcLeadSearchIT {

    private final DataSource db = ContractDatabase.empty();
    private final JdbcClient jdbc = JdbcClient.create(db);
    private final JdbcLeadScoreRepository leads =
            new JdbcLeadScoreRepository(jdbc, new NamedParameterJdbcTemplate(db), ContractDatabase.leadRows(db));

    @BeforeEach
    void some_leads() {
        lead(1, "jane.doe@acme.com", "ACME Corporation", 82, "MQL", Channel.WEBINAR);
        lead(2, "bob@initech.io", "Initech", 55, "MQL", Channel.CONTACT_FORM);
        lead(3, "carla@globex.com", "Globex 100% Pure", 30, "NEW", Channel.WEBINAR);
        lead(4, "dan@example.org", null, 12, "NEW", null);
    }

    @Test
    void finds_a_lead_by_part_of_its_e_mail_address_in_any_case() {
        assertThat(ids(search("JANE.DOE", null, null, null))).containsExactly(1);
        assertThat(ids(search("@example.org", null, null, null))).containsExactly(4);
    }

    @Test
    void finds_a_lead_by_part_of_its_company_name() {
        LeadPage page = search("initech", null, null, null);

        assertThat(ids(page)).containsExactly(2);
        assertThat(page.leads().getFirst().company()).isEqualTo("Initech");
        assertThat(page.leads().getFirst().email()).isEqualTo("bob@initech.io");
        assertThat(page.leads().getFirst().channel()).isEqualTo("CONTACT_FORM");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void wildcards_in_the_search_text_match_only_themselves() {
        assertThat(ids(search("100%", null, null, null))).containsExactly(3);
        assertThat(ids(search("00%", null, null, null))).containsExactly(3);
        assertThat(ids(search("jane_doe", null, null, null))).isEmpty();
    }

    @Test
    void keeps_scores_within_the_range_both_ends_included() {
        assertThat(ids(search(null, 30, 55, null))).containsExactly(2, 3);
        assertThat(ids(search(null, null, 12, null))).containsExactly(4);
    }

    @Test
    void filters_by_the_channel_of_the_first_touch_with_the_other_filters() {
        assertThat(ids(search(null, null, null, Channel.WEBINAR))).containsExactly(1, 3);
        assertThat(ids(search("globex", null, 40, Channel.WEBINAR))).containsExactly(3);
        LeadPage mqlWebinars = leads.search(new LeadSearch(
                null, LifecycleStage.MQL, null, null, null, null, Channel.WEBINAR, 0, 20, "score", true));
        assertThat(ids(mqlWebinars)).containsExactly(1);
    }

    @Test
    void a_lead_without_profile_or_touch_lists_with_empty_e_mail_company_and_channel() {
        jdbc.sql("update lead_state set email = null where lead_id = :id")
                .param("id", id(4))
                .update();

        LeadPage.Row row = search(null, null, 12, null).leads().getFirst();

        assertThat(row.email()).isNull();
        assertThat(row.company()).isNull();
        assertThat(row.channel()).isNull();
    }

    @Test
    void the_text_search_can_use_the_trigram_index_rather_than_read_every_lead() throws SQLException {
        String plan =
                plan("select lead_id from lead_state where " + LeadListSql.SEARCH_TEXT + " like '%acme%' escape '\\'");

        assertThat(plan).contains("lead_state_search");
    }

    @Test
    void every_order_of_the_list_descending_reads_a_page_from_an_index_without_sorting() throws SQLException {
        for (String sort : List.of("score", "updatedAt", "qualifiedAt")) {
            LeadSearch search = new LeadSearch(null, null, null, null, null, null, null, 0, 50, sort, true);
            String plan = plan("select lead_id from lead_state where model_id is not null order by "
                    + LeadListSql.orderBy(search) + " limit 50");

            assertThat(plan).as(sort).containsPattern("Index (Only )?Scan").doesNotContain("Sort");
        }
        LeadSearch lowestFirst = new LeadSearch(null, null, null, null, null, null, null, 0, 50, "score", false);
        assertThat(plan("select lead_id from lead_state where model_id is not null order by "
                        + LeadListSql.orderBy(lowestFirst) + " limit 50"))
                .containsPattern("Index (Only )?Scan Backward")
                .doesNotContain("Sort");
    }

    @Test
    void lists_only_the_leads_that_wait_for_required_data_as_saved_and_reads_them_from_an_index() throws SQLException {
        ScoringModel named = Models.model("""
                id: named
                threshold: 50
                requires: [jobTitle]
                rules:
                  - {id: webinar, category: behaviour, event: {type: WEBINAR_ATTENDED}, points: 60}
                """);
        Instant now = Instant.now();
        LeadScore untitled = leads.lock(new LeadId(id(5)), List.of(named));
        untitled.record(Models.anEngagement(EngagementType.WEBINAR_ATTENDED, now.minusSeconds(5)), now);
        leads.save(untitled);
        LeadScore titled = leads.lock(new LeadId(id(6)), List.of(named));
        titled.updateProfile(new ProfileFacts("ann@acme.com", Map.of("jobTitle", "CTO"), now.minusSeconds(9)), now);
        titled.record(Models.anEngagement(EngagementType.WEBINAR_ATTENDED, now.minusSeconds(5)), now);
        leads.save(titled);
        LeadSearch waiting = new LeadSearch(null, null, null, null, null, null, null, 0, 20, "score", true, true);

        assertThat(ids(leads.search(waiting))).containsExactly(5);
        assertThat(leads.search(waiting).leads().getFirst().needsData()).containsExactly("jobTitle");
        assertThat(leads.search(new LeadSearch(null, null, null, null, null, null, null, 0, 20, "score", true, false))
                        .leads())
                .filteredOn(row -> row.leadId().equals(id(6).toString()))
                .singleElement()
                .satisfies(row -> assertThat(row.needsData()).isEmpty());
        assertThat(jdbc.sql("select needs_data from lead_state where lead_id = :id")
                        .param("id", id(5))
                        .query(String.class)
                        .single())
                .isEqualTo("jobTitle");
        assertThat(plan("select lead_id from lead_state where model_id is not null and needs_data is not null"
                        + " order by " + LeadListSql.orderBy(waiting) + " limit 20"))
                .contains("lead_state_needing_data");

        untitled.updateProfile(new ProfileFacts("kim@acme.com", Map.of("jobTitle", "CIO"), now), now);
        leads.save(untitled);
        assertThat(ids(leads.search(waiting))).isEmpty();
    }

    /**
     * The plan PostgreSQL would choose if reading the whole table or sorting it were out of the question: on a table
     * this small it would rather do either, so this shows only whether an index fits the query.
     */
    private String plan(String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set enable_seqscan = off");
            statement.execute("set enable_sort = off");
            try (ResultSet rows = statement.executeQuery("explain " + query)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                statement.execute("reset enable_seqscan");
                statement.execute("reset enable_sort");
            }
        }
        return plan.toString();
    }

    private LeadPage search(String text, Integer min, Integer max, Channel channel) {
        return leads.search(new LeadSearch(text, null, null, null, min, max, channel, 0, 20, "score", true));
    }

    private static List<Integer> ids(LeadPage page) {
        return page.leads().stream()
                .map(row -> (int) UUID.fromString(row.leadId()).getLeastSignificantBits())
                .toList();
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private void lead(int n, String email, String company, int score, String stage, Channel channel) {
        jdbc.sql("""
                insert into lead_state (lead_id, stage, email, profile, profile_at, score, first_channel, segment,
                    model_id, model_version, fit_grade, engagement_grade)
                values (:id, :stage, :email, cast(:profile as jsonb), now(), :score, :channel, 'all', 'default', 1,
                    'B', 2)""")
                .param("id", id(n))
                .param("stage", stage)
                .param("email", email)
                .param(
                        "profile",
                        company == null
                                ? "{}"
                                : ContractDatabase.JSON.writeValueAsString(Map.of("company.name", company)))
                .param("score", score)
                .param("channel", channel == null ? null : channel.name())
                .update();
    }
}
