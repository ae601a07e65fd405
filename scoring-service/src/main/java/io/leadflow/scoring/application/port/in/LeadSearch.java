package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LifecycleStage;
import java.util.Locale;

/**
 * Filters for the lead list; every filter may be absent.
 *
 * @param text part of the e-mail address or the company name, any case (kept lower-case; 3 to 100 characters)
 * @param grade a fit grade ({@code A}) or fit grade and engagement grade ({@code A1})
 * @param channel the channel of the lead's first touch
 * @param sort one of {@code score}, {@code updatedAt}, {@code qualifiedAt}
 * @param needsData only leads whose score qualifies but which lack data their model requires (minimum data)
 */
public record LeadSearch(
        String text,
        LifecycleStage stage,
        String segment,
        String grade,
        Integer minScore,
        Integer maxScore,
        Channel channel,
        int page,
        int size,
        String sort,
        boolean descending,
        boolean needsData) {

    /** The longest search text; an e-mail address or a company name fits. */
    public static final int MAX_TEXT = 100;

    /** The shortest search text: three characters make a trigram, so the search reads an index, not every lead. */
    public static final int MIN_TEXT = 3;

    /** Filters without the minimum-data filter. */
    public LeadSearch(
            String text,
            LifecycleStage stage,
            String segment,
            String grade,
            Integer minScore,
            Integer maxScore,
            Channel channel,
            int page,
            int size,
            String sort,
            boolean descending) {
        this(text, stage, segment, grade, minScore, maxScore, channel, page, size, sort, descending, false);
    }

    public LeadSearch {
        if (page < 0) {
            throw new InvalidValueException("page", "page.range", "page starts at 0");
        }
        if (size < 1 || size > 200) {
            throw new InvalidValueException("size", "size.range", "size is 1 to 200");
        }
        if (grade != null && !grade.matches("[A-D][1-4]?")) {
            throw new InvalidValueException("grade", "grade.format", "a grade is A to D, optionally with 1 to 4");
        }
        if (sort == null) {
            sort = "score";
        }
        if (!sort.equals("score") && !sort.equals("updatedAt") && !sort.equals("qualifiedAt")) {
            throw new InvalidValueException("sort", "sort.unknown", "sort by score, updatedAt or qualifiedAt");
        }
        if (segment != null && !segment.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new InvalidValueException(
                    "segment", "segment.format", "a segment name is lower-case letters, digits and dashes, at most 64");
        }
        if (minScore != null && maxScore != null && minScore > maxScore) {
            throw new InvalidValueException("maxScore", "maxScore.range", "maxScore must not be below minScore");
        }
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        if (text != null && text.length() < MIN_TEXT) {
            throw new InvalidValueException(
                    "q", "q.length", "the search text needs at least " + MIN_TEXT + " characters");
        }
        if (text != null && (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidValueException(
                    "q",
                    "q.format",
                    "the search text is at most " + MAX_TEXT + " characters, without control characters");
        }
    }
}
