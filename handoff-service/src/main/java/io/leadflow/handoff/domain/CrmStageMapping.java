package io.leadflow.handoff.domain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Each CRM's deal stages (its own internal names, compared without regard to case) and what they mean in LeadFlow;
 * a stage not listed (e.g. "appointment scheduled") moves nothing.
 */
public final class CrmStageMapping {

    private final Map<CrmSource, Map<String, StageRule>> rules = new EnumMap<>(CrmSource.class);

    public CrmStageMapping(Map<CrmSource, Map<String, StageRule>> rules) {
        rules.forEach((source, stages) -> {
            Map<String, StageRule> byName = new HashMap<>();
            stages.forEach((name, rule) -> byName.put(name.strip().toLowerCase(Locale.ROOT), rule));
            this.rules.put(source, Map.copyOf(byName));
        });
    }

    public Optional<StageRule> ruleFor(CrmSource source, String stage) {
        if (stage == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                rules.getOrDefault(source, Map.of()).get(stage.strip().toLowerCase(Locale.ROOT)));
    }
}
