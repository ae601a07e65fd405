package io.leadflow.deploy;

import io.leadflow.deploy.traffic.SuiteClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A scoring model marketing publishes for one campaign's leads: attending its webinar is worth 60 points against a
 * threshold of 50, and sales only wants leads it can address by their title ({@code requires: [jobTitle]}).
 */
final class TitledLeads {

    static final String ID = "titled-leads";
    static final String CAMPAIGN = "needs-data-journey";
    static final int POINTS = 60;

    private TitledLeads() {}

    /** The model's document, as JSON. */
    static String model() {
        return SuiteClient.json(Map.of(
                "id",
                ID,
                "description",
                "Webinar leads of the needs-data campaign, named by their title before sales sees them",
                "segment",
                Map.of(
                        "name",
                        "titled",
                        "priority",
                        10,
                        "filter",
                        List.of(Map.of("attribute", "campaign", "op", "equals", "value", CAMPAIGN))),
                "threshold",
                50,
                "requires",
                List.of("jobTitle"),
                "rules",
                List.of(Map.of(
                        "id",
                        "webinar-attended",
                        "category",
                        "behaviour",
                        "event",
                        Map.of("type", "WEBINAR_ATTENDED"),
                        "points",
                        POINTS))));
    }

    /** The person attended the campaign's webinar at {@code at}. */
    static String webinarAttended(String email, Instant at) {
        return SuiteClient.json(Map.of(
                "type",
                "webinar_attended",
                "occurredAt",
                at.toString(),
                "email",
                email,
                "channel",
                "webinar",
                "source",
                "e2e",
                "campaign",
                CAMPAIGN));
    }
}
