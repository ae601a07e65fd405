package io.leadflow.scoring.domain.predictive;

import java.util.Comparator;
import java.util.List;

/**
 * A time-based split: the latest {@code percent} % of outcomes (by when they became known) are held out, so a version
 * is judged on deals that closed after everything it learnt from, as it would be used.
 */
public record HoldOut(List<LabelledLead> training, List<LabelledLead> holdOut) {

    private static final Comparator<LabelledLead> BY_TIME =
            Comparator.comparing((LabelledLead lead) -> lead.outcome().at()).thenComparing(LabelledLead::leadId);

    public HoldOut {
        training = List.copyOf(training);
        holdOut = List.copyOf(holdOut);
    }

    public static HoldOut split(List<LabelledLead> leads, int percent) {
        if (percent < 1 || percent > 50) {
            throw new IllegalArgumentException("the hold-out is 1 to 50 % of outcomes, not " + percent);
        }
        List<LabelledLead> sorted = leads.stream().sorted(BY_TIME).toList();
        int held = Math.max(1, (int) Math.round(sorted.size() * percent / 100d));
        int cut = Math.max(0, sorted.size() - held);
        return new HoldOut(sorted.subList(0, cut), sorted.subList(cut, sorted.size()));
    }
}
