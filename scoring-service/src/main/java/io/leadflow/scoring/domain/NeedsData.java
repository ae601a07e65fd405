package io.leadflow.scoring.domain;

import java.util.List;

/**
 * Why a lead whose score qualifies is not an MQL yet: its segment model requires attributes the lead lacks. It waits
 * in this state and qualifies when a profile update brings them.
 *
 * @param trigger what would have qualified it ("Score 55 reached threshold 50", "Fast-track: ...")
 * @param missing the required attributes that are absent or blank, in the model's order
 */
public record NeedsData(String modelId, int modelVersion, String trigger, List<String> missing) {

    public NeedsData {
        missing = List.copyOf(missing);
    }

    /** The line a person reads: "Not an MQL yet: Score 55 reached threshold 50, needs jobTitle, company.name". */
    public String text() {
        return "Not an MQL yet: " + trigger + ", needs " + String.join(", ", missing);
    }
}
