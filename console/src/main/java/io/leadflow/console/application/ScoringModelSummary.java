package io.leadflow.console.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A scoring model and its versions as the scoring service lists them; the published one is what scores leads now. */
public record ScoringModelSummary(String modelId, @Nullable Integer publishedVersion, List<Version> versions) {

    public ScoringModelSummary {
        versions = versions.stream()
                .sorted(Comparator.comparingInt(Version::version).reversed())
                .toList();
    }

    /** One version's number, status ({@code DRAFT}, {@code PUBLISHED}, {@code ARCHIVED}) and times. */
    public record Version(
            int version,
            String status,
            @Nullable Instant createdAt,
            @Nullable Instant publishedAt,
            @Nullable Instant archivedAt) {

        public boolean draft() {
            return "DRAFT".equals(status);
        }
    }

    /** The newest draft, the one the page edits; none when every version is published or archived. */
    public Optional<Version> latestDraft() {
        return versions.stream().filter(Version::draft).findFirst();
    }
}
