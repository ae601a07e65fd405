package io.leadflow.scoring.config;

import io.leadflow.scoring.domain.account.Persona;
import io.leadflow.scoring.domain.account.Rollup;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the account view rolls up and reads its people: {@code rollup} (the highest lead score plus a bonus per further
 * engaged person, capped; an account whose roll-up reaches {@code mql-threshold} qualifies as a whole) and {@code personas}, the buying-committee roles by job-title patterns (regular
 * expressions, any case). Without personas configured, decision maker, technical evaluator and user are used.
 */
@ConfigurationProperties("leadflow.accounts")
public record AccountProperties(RollupSettings rollup, Map<String, List<String>> personas) {

    static final Map<String, List<String>> DEFAULT_PERSONAS = Map.of(
            "decision-maker",
            List.of("\\b(ceo|cto|cio|cfo|coo|chief|founder|owner|president|vp|head of|director)\\b"),
            "technical-evaluator",
            List.of("\\b(engineer|architect|developer|devops|it manager|administrator|admin|security)\\b"),
            "user",
            List.of("\\b(analyst|specialist|coordinator|consultant|marketing manager|sales manager|operations)\\b"));

    public AccountProperties {
        rollup = rollup == null ? new RollupSettings(10, 10, 200, Rollup.DEFAULT_MQL_THRESHOLD) : rollup;
        personas = personas == null || personas.isEmpty() ? DEFAULT_PERSONAS : personas;
    }

    public Rollup toRollup() {
        return new Rollup(
                rollup.bonusPerEngagedPerson(), rollup.engagedMinScore(), rollup.cap(), rollup.mqlThreshold());
    }

    /** The personas in name order, so the view lists them alike everywhere. */
    public List<Persona> toPersonas() {
        return personas.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Persona(e.getKey(), e.getValue()))
                .toList();
    }

    public record RollupSettings(
            @DefaultValue("10") int bonusPerEngagedPerson,
            @DefaultValue("10") int engagedMinScore,
            @DefaultValue("200") int cap,
            @DefaultValue("100") int mqlThreshold) {}
}
