package io.leadflow.console.application.port.in;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What marketing filters the lead list by, as typed: text (part of an e-mail address or company name), stage, grade,
 * segment, first-touch channel, score range, only leads waiting for data their model requires ({@code needsData},
 * "true" or nothing), sort and page. Blank fields filter nothing; scoring checks the values
 * and names any it refuses. The list shows {@link #SIZE} leads a page.
 */
public record LeadFilter(
        @Nullable String q,
        @Nullable String stage,
        @Nullable String grade,
        @Nullable String segment,
        @Nullable String channel,
        @Nullable String minScore,
        @Nullable String maxScore,
        @Nullable String needsData,
        String sort,
        String direction,
        int page) {

    public static final int SIZE = 50;
    public static final Set<String> SORTS = Set.of("score", "updatedAt", "qualifiedAt");

    public LeadFilter {
        q = Filters.text(q);
        stage = Filters.text(stage);
        grade = Filters.text(grade);
        segment = Filters.text(segment);
        channel = Filters.text(channel);
        minScore = Filters.text(minScore);
        maxScore = Filters.text(maxScore);
        needsData = "true".equalsIgnoreCase(Filters.text(needsData)) ? "true" : null;
        sort = sort != null && SORTS.contains(sort) ? sort : "score";
        direction = "asc".equals(direction) ? "asc" : "desc";
        page = Math.max(0, page);
    }

    /** The filter from a page's query parameters; a page number that is not one opens the first page. */
    public static LeadFilter of(
            @Nullable String q,
            @Nullable String stage,
            @Nullable String grade,
            @Nullable String segment,
            @Nullable String channel,
            @Nullable String minScore,
            @Nullable String maxScore,
            @Nullable String needsData,
            @Nullable String sort,
            @Nullable String direction,
            @Nullable String page) {
        return new LeadFilter(
                q,
                stage,
                grade,
                segment,
                channel,
                minScore,
                maxScore,
                needsData,
                sort == null ? "score" : sort,
                direction == null ? "desc" : direction,
                Filters.page(page));
    }

    /** Whether anything narrows the list (an empty list then means: widen the filter). */
    public boolean narrowed() {
        return q != null
                || stage != null
                || grade != null
                || segment != null
                || channel != null
                || minScore != null
                || maxScore != null
                || needsData != null;
    }

    /** The filters that are set, by their query parameter names, without sort and page. */
    public Map<String, String> filters() {
        Map<String, String> set = new LinkedHashMap<>();
        Filters.put(set, "q", q);
        Filters.put(set, "stage", stage);
        Filters.put(set, "grade", grade);
        Filters.put(set, "segment", segment);
        Filters.put(set, "channel", channel);
        Filters.put(set, "minScore", minScore);
        Filters.put(set, "maxScore", maxScore);
        Filters.put(set, "needsData", needsData);
        return set;
    }

    /** The filters with sort and direction: what a page link carries besides its page number. */
    public Map<String, String> parameters() {
        Map<String, String> all = filters();
        all.put("sort", sort);
        all.put("direction", direction);
        return all;
    }

    /** The direction a click on the {@code column} heading sorts in: the other way if sorted by it, else desc. */
    public String nextDirection(String column) {
        return column.equals(sort) && direction.equals("desc") ? "asc" : "desc";
    }
}
