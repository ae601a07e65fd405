package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.ConsentStanding;
import io.leadflow.scoring.domain.Explanation;
import io.leadflow.scoring.domain.FitGrade;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.ModelState;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.RecycleRequest;
import io.leadflow.scoring.domain.RuleState;
import io.leadflow.scoring.domain.ScoreSummary;
import io.leadflow.scoring.domain.StageChange;
import io.leadflow.scoring.domain.Touch;
import io.leadflow.scoring.domain.account.AccountFacts;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing the lead_state row and its JSON columns; shared by the lead repository and the histories. */
@Component
class LeadRows {

    private static final String COLUMNS = """
            select lead_id, email, profile::text, profile_at, score, qualified_at, recycle_trigger, first_event_id,
                first_at, first_channel, first_source, first_campaign, segment, model_id, model_version, fit_grade,
                engagement_grade, qualification::text, account::text,
                (select c.contact_suppressed from consent_copy c where c.lead_id = lead_state.lead_id),
                (select c.suppressed_since from consent_copy c where c.lead_id = lead_state.lead_id),
                (select c.suppressed_because from consent_copy c where c.lead_id = lead_state.lead_id),
                (select c.profiling_objected from consent_copy c where c.lead_id = lead_state.lead_id),
                (select c.objected_since from consent_copy c where c.lead_id = lead_state.lead_id)
            from lead_state\s""";
    /** Below every lead id in PostgreSQL's uuid order (unsigned bytes, unlike Java's signed UUID order). */
    static final UUID BEFORE_ALL = new UUID(0, 0);
    /** PostgreSQL's uuid order (unsigned bytes), so that rows are inserted in the order they are locked. */
    static final Comparator<UUID> ORDER = Comparator.comparing(
                    (UUID id) -> id.getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private static final TypeReference<Map<String, RuleState>> RULE_STATES = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

    /** One lead_state row. */
    record LeadRow(
            UUID leadId,
            ProfileFacts profile,
            Touch firstTouch,
            ScoreSummary summary,
            Instant qualifiedAt,
            Explanation qualification,
            RecycleRequest recycle,
            AccountFacts account,
            ConsentStanding consent) {

        LeadScore restore(List<ScoringModel> models, Map<String, ModelState> states, List<StageChange> timeline) {
            return LeadScore.restore(
                            new LeadId(leadId),
                            models,
                            states,
                            profile,
                            firstTouch,
                            timeline,
                            summary,
                            qualifiedAt,
                            qualification,
                            recycle)
                    .withStoredAccount(account)
                    .withStoredConsent(consent);
        }
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final JsonMapper json;

    LeadRows(JdbcClient jdbc, NamedParameterJdbcOperations batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    List<LeadRow> select(String where, Map<String, ?> params) {
        return jdbc.sql(COLUMNS + where).params(params).query(this::row).list();
    }

    /** Writes the lead_state rows of several leads in one JDBC batch. */
    void updateAll(Collection<LeadScore> leads) {
        batch.batchUpdate("""
                update lead_state set stage = :stage, email = :email, profile = cast(:profile as jsonb),
                    profile_at = :profileAt, score = :score, qualified_at = :qualifiedAt, recycle_trigger = :recycle,
                    first_event_id = :firstId, first_at = :firstAt, first_channel = :firstChannel,
                    first_source = :firstSource, first_campaign = :firstCampaign, segment = :segment,
                    model_id = :modelId, model_version = :modelVersion, fit_grade = :fitGrade,
                    engagement_grade = :engagementGrade, qualification = cast(:qualification as jsonb),
                    needs_data = :needsData, account = cast(:account as jsonb),
                    updated_at = now()
                where lead_id = :leadId""", leads.stream().map(this::parameters).toArray(MapSqlParameterSource[]::new));
    }

    private MapSqlParameterSource parameters(LeadScore lead) {
        ProfileFacts profile = lead.profile();
        Touch touch = lead.firstTouch().orElse(null);
        ScoreSummary summary = lead.summary();
        return new MapSqlParameterSource()
                .addValue("stage", lead.stage().name())
                .addValue("email", profile.email())
                .addValue("profile", json(profile.attributes()))
                .addValue("profileAt", timestamp(profile.asOf()))
                .addValue("score", summary.score())
                .addValue("qualifiedAt", timestamp(lead.qualifiedAt().orElse(null)))
                .addValue("recycle", lead.pendingRecycle().map(this::json).orElse(null))
                .addValue("firstId", touch == null ? null : touch.eventId())
                .addValue("firstAt", touch == null ? null : timestamp(touch.occurredAt()))
                .addValue("firstChannel", touch == null ? null : touch.channel().name())
                .addValue("firstSource", touch == null ? null : touch.source())
                .addValue("firstCampaign", touch == null ? null : touch.campaign())
                .addValue("segment", summary.segment())
                .addValue("modelId", summary.modelId())
                .addValue("modelVersion", summary.modelVersion())
                .addValue("fitGrade", summary.fitGrade().name())
                .addValue("engagementGrade", summary.engagementGrade())
                .addValue("qualification", lead.qualification().map(this::json).orElse(null))
                .addValue("needsData", lead.waitingFor().isEmpty() ? null : String.join(",", lead.waitingFor()))
                .addValue(
                        "account",
                        lead.account().attributes().isEmpty()
                                ? null
                                : json(lead.account().attributes()))
                .addValue("leadId", lead.leadId().value());
    }

    Map<UUID, List<StageChange>> timelines(List<UUID> ids) {
        Map<UUID, List<StageChange>> timelines = new HashMap<>();
        jdbc.sql("""
                select lead_id, event_id, from_stage, to_stage, reason, actor, occurred_at, amount, currency,
                       assigned_to
                from timeline where lead_id in (:ids)""").param("ids", ids).query(rs -> {
            timelines
                    .computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(new StageChange(
                            rs.getObject(2, UUID.class),
                            LifecycleStage.valueOf(rs.getString(3)),
                            LifecycleStage.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getString(6),
                            instant(rs, 7),
                            rs.getBigDecimal(8),
                            rs.getString(9),
                            rs.getString(10)));
        });
        return timelines;
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }

    Map<String, RuleState> ruleStates(String text) {
        return json.readValue(text, RULE_STATES);
    }

    private LeadRow row(ResultSet rs, int n) throws SQLException {
        Map<String, String> attributes = json.readValue(rs.getString(3), STRINGS);
        ProfileFacts profile = new ProfileFacts(rs.getString(2), attributes, instant(rs, 4));
        UUID firstId = rs.getObject(8, UUID.class);
        Touch touch = firstId == null
                ? null
                : new Touch(
                        firstId, instant(rs, 9), Channel.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12));
        String modelId = rs.getString(14);
        ScoreSummary summary = modelId == null
                ? ScoreSummary.none()
                : new ScoreSummary(
                        modelId,
                        rs.getInt(15),
                        rs.getString(13),
                        rs.getInt(5),
                        FitGrade.valueOf(rs.getString(16)),
                        rs.getInt(17));
        String qualification = rs.getString(18);
        String account = rs.getString(19);
        return new LeadRow(
                rs.getObject(1, UUID.class),
                profile,
                touch,
                summary,
                instant(rs, 6),
                qualification == null ? null : json.readValue(qualification, Explanation.class),
                recycleRequest(rs.getString(7)),
                account == null ? AccountFacts.none() : new AccountFacts(json.readValue(account, STRINGS)),
                rs.getObject(20) == null
                        ? ConsentStanding.NONE
                        : new ConsentStanding(
                                rs.getBoolean(20),
                                instant(rs, 21),
                                rs.getString(22),
                                rs.getBoolean(23),
                                instant(rs, 24)));
    }

    /** A pending recycle as JSON; rows written before the history existed hold the bare trigger. */
    private RecycleRequest recycleRequest(String stored) {
        if (stored == null) {
            return null;
        }
        return stored.startsWith("{")
                ? json.readValue(stored, RecycleRequest.class)
                : new RecycleRequest(stored, List.of());
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
