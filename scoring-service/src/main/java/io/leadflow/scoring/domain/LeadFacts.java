package io.leadflow.scoring.domain;

import io.leadflow.scoring.domain.account.AccountFacts;
import java.util.Locale;

/**
 * What rules and segment filters may ask about a lead: its profile attributes, {@code email} and
 * {@code email.domain}, and its first touch as {@code channel}, {@code channel.category}, {@code source},
 * {@code campaign}, its account's attributes ({@code account.tier}, ... as {@link AccountFacts} names them), and its
 * likelihood of being won under a predictive model as {@code likelihood.<model>} (percent).
 */
public record LeadFacts(ProfileFacts profile, Touch firstTouch, AccountFacts account, Likelihoods likelihoods) {

    /** The prefix of the attributes that read a predictive model's likelihood. */
    public static final String LIKELIHOOD = "likelihood.";

    public LeadFacts {
        account = account == null ? AccountFacts.none() : account;
        likelihoods = likelihoods == null ? Likelihoods.none() : likelihoods;
    }

    /** A lead without likelihoods. */
    public LeadFacts(ProfileFacts profile, Touch firstTouch, AccountFacts account) {
        this(profile, firstTouch, account, Likelihoods.none());
    }

    /** A lead without an account. */
    public LeadFacts(ProfileFacts profile, Touch firstTouch) {
        this(profile, firstTouch, AccountFacts.none());
    }

    public String get(String attribute) {
        return switch (attribute) {
            case "email" -> profile.email();
            case "email.domain" ->
                profile.email() == null || profile.email().indexOf('@') < 0
                        ? null
                        : profile.email()
                                .substring(profile.email().indexOf('@') + 1)
                                .toLowerCase(Locale.ROOT);
            case "channel" -> firstTouch == null ? null : firstTouch.channel().name();
            case "channel.category" ->
                firstTouch == null ? null : firstTouch.channel().category().name();
            case "source" -> firstTouch == null ? null : firstTouch.source();
            case "campaign" -> firstTouch == null ? null : firstTouch.campaign();
            default ->
                attribute.startsWith("account.")
                        ? account.get(attribute)
                        : attribute.startsWith(LIKELIHOOD)
                                ? likelihoods.percent(attribute.substring(LIKELIHOOD.length()))
                                : profile.attributes().get(attribute);
        };
    }
}
