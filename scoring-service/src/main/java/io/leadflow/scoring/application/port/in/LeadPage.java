package io.leadflow.scoring.application.port.in;

import java.time.Instant;
import java.util.List;

/** One page of the lead list. */
public record LeadPage(List<Row> leads, int page, int size, long total) {

    public LeadPage {
        leads = List.copyOf(leads);
    }

    /**
     * A lead in the list: its segment score as last computed, who it is (e-mail, company; null while the profile is
     * unknown), the channel of its first touch (null before its first engagement) and, for a lead whose score
     * qualified but whose model requires data it lacked at its last change, those attributes ({@code needsData}, in
     * the model's order; empty otherwise).
     */
    public record Row(
            String leadId,
            String stage,
            String segment,
            String model,
            int modelVersion,
            int score,
            String fitGrade,
            int engagementGrade,
            Instant qualifiedAt,
            Instant updatedAt,
            String email,
            String company,
            String channel,
            List<String> needsData) {

        public Row {
            needsData = needsData == null ? List.of() : List.copyOf(needsData);
        }
    }
}
