package io.leadflow.scoring.domain.predictive;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.event.ProfileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The columns of one trained version, fixed when it is trained and kept with it, so that a lead is read the same way
 * when the version predicts as when it learnt: profile numbers, the categories seen often enough in the training
 * leads (seniority, department, industry, country, free mail, segment, first touch's channel and campaign), the count
 * and recency of every engagement type seen, and the time to first response.
 */
public record FeatureSpace(List<Feature> features) {

    /** A category value needs at least this many training leads to become a column; rarer values read as "other". */
    static final int MIN_LEADS_PER_VALUE = 2;

    /** At most this many values of one category become columns (the most frequent). */
    static final int MAX_VALUES_PER_CATEGORY = 20;

    static final List<String> NUMBERS = List.of(ProfileAttributes.COMPANY_EMPLOYEES, ProfileAttributes.COMPANY_REVENUE);

    static final List<String> CATEGORIES = List.of(
            ProfileAttributes.SENIORITY,
            ProfileAttributes.DEPARTMENT,
            ProfileAttributes.COMPANY_INDUSTRY,
            ProfileAttributes.COUNTRY,
            ProfileAttributes.FREE_MAIL,
            "segment",
            "channel",
            "campaign");

    public FeatureSpace {
        features = List.copyOf(features);
    }

    /** The columns the training leads give reason for. */
    public static FeatureSpace fit(List<LeadSnapshot> leads) {
        List<Feature> features = new ArrayList<>();
        NUMBERS.forEach(name -> features.add(new Feature(Feature.Kind.NUMBER, name, null)));
        for (String category : CATEGORIES) {
            Feature probe = new Feature(Feature.Kind.CATEGORY, category, "");
            Map<String, Integer> seen = new HashMap<>();
            leads.stream()
                    .map(lead -> Feature.normalise(probe.category(lead)))
                    .filter(Objects::nonNull)
                    .forEach(value -> seen.merge(value, 1, Integer::sum));
            seen.entrySet().stream()
                    .filter(e -> e.getValue() >= MIN_LEADS_PER_VALUE)
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_VALUES_PER_CATEGORY)
                    .forEach(e -> features.add(new Feature(Feature.Kind.CATEGORY, category, e.getKey())));
        }
        Set<EngagementType> types = EnumSet.noneOf(EngagementType.class);
        leads.forEach(lead -> types.addAll(lead.counts().keySet()));
        for (EngagementType type : types) {
            features.add(new Feature(Feature.Kind.COUNT, type.name(), null));
            features.add(new Feature(Feature.Kind.DAYS_SINCE, type.name(), null));
        }
        if (leads.stream().anyMatch(lead -> lead.responseHours() != null)) {
            features.add(new Feature(Feature.Kind.RESPONSE_HOURS, "response", null));
        }
        return new FeatureSpace(features);
    }

    public int size() {
        return features.size();
    }

    /** The lead as one row of numbers, NaN where unknown. */
    public float[] encode(LeadSnapshot lead) {
        float[] row = new float[features.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = features.get(i).read(lead);
        }
        return row;
    }

    /** Many leads as one row-major matrix. */
    public float[] encode(List<LeadSnapshot> leads) {
        float[] matrix = new float[leads.size() * features.size()];
        for (int i = 0; i < leads.size(); i++) {
            System.arraycopy(encode(leads.get(i)), 0, matrix, i * features.size(), features.size());
        }
        return matrix;
    }
}
