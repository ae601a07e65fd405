package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.scoring.application.port.in.LeadPage;
import io.leadflow.scoring.application.port.in.LeadSearch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lead list's query over lead_state: filters, the text search in e-mail and company name, and orders written as
 * the indexes of V1 and V4 are built, so that a page of 100,000 leads is read from an index.
 */
final class LeadListSql {

    private LeadListSql() {}

    /**
     * What the list searches in: e-mail and company name, lower-case, as the trigram index {@code lead_state_search}
     * (V4) is built, so that a part of either is found without reading every row.
     */
    static final String SEARCH_TEXT =
            "lower(coalesce(email, '') || ' ' || coalesce(profile ->> '" + ProfileAttributes.COMPANY_NAME + "', ''))";

    static LeadPage search(JdbcClient jdbc, LeadSearch search) {
        StringBuilder where = new StringBuilder(" where model_id is not null");
        Map<String, Object> params = new HashMap<>();
        if (search.text() != null) {
            where.append(" and " + SEARCH_TEXT + " like :text escape '\\'");
            params.put("text", "%" + likeLiteral(search.text()) + "%");
        }
        if (search.stage() != null) {
            where.append(" and stage = :stage");
            params.put("stage", search.stage().name());
        }
        if (search.segment() != null) {
            where.append(" and segment = :segment");
            params.put("segment", search.segment());
        }
        if (search.grade() != null) {
            where.append(" and fit_grade = :fitGrade");
            params.put("fitGrade", search.grade().substring(0, 1));
            if (search.grade().length() == 2) {
                where.append(" and engagement_grade = :engagementGrade");
                params.put("engagementGrade", search.grade().charAt(1) - '0');
            }
        }
        if (search.minScore() != null) {
            where.append(" and score >= :minScore");
            params.put("minScore", search.minScore());
        }
        if (search.maxScore() != null) {
            where.append(" and score <= :maxScore");
            params.put("maxScore", search.maxScore());
        }
        if (search.channel() != null) {
            where.append(" and first_channel = :channel");
            params.put("channel", search.channel().name());
        }
        if (search.needsData()) {
            where.append(" and needs_data is not null");
        }
        long total = jdbc.sql("select count(*) from lead_state" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", search.size());
        params.put("offset", (long) search.page() * search.size());
        List<LeadPage.Row> leads = jdbc.sql(
                        """
                select lead_id, stage, segment, model_id, model_version, score, fit_grade, engagement_grade,
                    qualified_at, updated_at, email, profile ->> :companyName, first_channel, needs_data
                from lead_state""" + where + " order by " + orderBy(search) + " limit :limit offset :offset")
                .params(params)
                .param("companyName", ProfileAttributes.COMPANY_NAME)
                .query((rs, n) -> new LeadPage.Row(
                        rs.getObject(1, UUID.class).toString(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getInt(8),
                        LeadRows.instant(rs, 9),
                        LeadRows.instant(rs, 10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        needsData(rs.getString(14))))
                .list();
        return new LeadPage(leads, search.page(), search.size(), total);
    }

    /** The stored {@code needs_data} (attribute names joined by commas, null when the lead waits for nothing). */
    private static List<String> needsData(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }

    /**
     * The list's order, ties broken by lead id, written as the indexes are built (V1, V4) so that a page is read
     * from an index rather than sorted: ascending by score or update is the index read backwards.
     */
    static String orderBy(LeadSearch search) {
        boolean desc = search.descending();
        return switch (search.sort()) {
            case "updatedAt" -> desc ? "updated_at desc, lead_id" : "updated_at asc, lead_id desc";
            case "qualifiedAt" ->
                desc ? "qualified_at desc nulls last, lead_id" : "qualified_at asc nulls last, lead_id";
            default -> desc ? "score desc, lead_id" : "score asc, lead_id desc";
        };
    }

    /** The text as a LIKE literal: its wildcards and the escape character match themselves. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
