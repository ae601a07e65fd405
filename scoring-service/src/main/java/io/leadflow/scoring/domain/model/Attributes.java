package io.leadflow.scoring.domain.model;

import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.scoring.domain.account.AccountFacts;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lead attributes a rule or segment filter may name, its account's ({@code account.*}) among them; {@code custom.*}
 * names pass through from the profile.
 */
public final class Attributes {

    public static final Set<String> KNOWN = Stream.of(
                    ProfileAttributes.SETTABLE.stream(),
                    Stream.of(
                            ProfileAttributes.FREE_MAIL,
                            "email",
                            "email.domain",
                            "channel",
                            "channel.category",
                            "source",
                            "campaign"),
                    AccountFacts.RULE_ATTRIBUTES.stream())
            .flatMap(names -> names)
            .collect(Collectors.toUnmodifiableSet());

    private Attributes() {}

    public static boolean isKnown(String name) {
        return KNOWN.contains(name) || name.startsWith("custom.") && name.length() > "custom.".length();
    }
}
