package io.leadflow.handoff.config;

import io.leadflow.handoff.adapter.in.web.CrmProperties;
import io.leadflow.handoff.domain.CrmSource;
import io.leadflow.handoff.domain.CrmStageMapping;
import io.leadflow.handoff.domain.LostReason;
import io.leadflow.handoff.domain.OutcomeKind;
import io.leadflow.handoff.domain.StageRule;
import java.util.HashMap;
import java.util.Map;

/**
 * The stage mapping from the typed properties: a stage that names an unknown outcome or reason stops the service at
 * start-up with the property's name, rather than dropping deals later.
 */
final class CrmStageMappings {

    private CrmStageMappings() {}

    static CrmStageMapping of(CrmProperties crm) {
        return new CrmStageMapping(Map.of(
                CrmSource.HUBSPOT,
                rules("leadflow.crm.hubspot.stages", crm.hubspot().stages())));
    }

    private static Map<String, StageRule> rules(String prefix, Map<String, CrmProperties.Stage> stages) {
        Map<String, StageRule> rules = new HashMap<>();
        stages.forEach((name, stage) -> {
            try {
                OutcomeKind kind = OutcomeKind.parse(stage.outcome());
                LostReason reason = kind == OutcomeKind.LOST
                        ? LostReason.parse(stage.lostReason() == null ? "other" : stage.lostReason())
                        : null;
                rules.put(name, new StageRule(kind, reason));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(prefix + "." + name + ": " + e.getMessage(), e);
            }
        });
        return rules;
    }
}
