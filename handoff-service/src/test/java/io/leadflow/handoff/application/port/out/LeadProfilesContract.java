package io.leadflow.handoff.application.port.out;

import static io.leadflow.handoff.application.port.out.HandoffTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.kernel.LeadId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link LeadProfiles} store does, whether it keeps profiles in memory or in PostgreSQL. */
public abstract class LeadProfilesContract {

    protected abstract LeadProfiles profiles();

    private static LeadProfile profile(LeadId lead, String company, long secondsAfterT0) {
        return new LeadProfile(
                lead, "jo@acme.example", Map.of("company", company, "country", "DE"), T0.plusSeconds(secondsAfterT0));
    }

    @Test
    void the_first_profile_of_a_lead_is_kept_and_found_again() {
        LeadProfile profile = profile(LeadId.newId(), "Acme", 0);

        assertThat(profiles().keepIfNewer(profile)).isTrue();

        assertThat(profiles().find(profile.leadId())).contains(profile);
    }

    @Test
    void a_lead_is_found_by_the_email_of_its_latest_profile_whatever_the_case() {
        String email = "deal-" + java.util.UUID.randomUUID() + "@acme.example";
        LeadId older = LeadId.newId();
        LeadId newer = LeadId.newId();
        profiles().keepIfNewer(new LeadProfile(older, email, Map.of(), T0));
        profiles().keepIfNewer(new LeadProfile(newer, email, Map.of(), T0.plusSeconds(60)));

        assertThat(profiles().findLeadByEmail(email.toUpperCase(java.util.Locale.ROOT)))
                .contains(newer);
        assertThat(profiles().findLeadByEmail("nobody-" + email)).isEmpty();
    }

    @Test
    void an_unknown_lead_has_no_profile() {
        assertThat(profiles().find(LeadId.newId())).isEmpty();
    }

    @Test
    void a_newer_profile_replaces_the_kept_one_and_an_older_one_does_not() {
        LeadId lead = LeadId.newId();
        profiles().keepIfNewer(profile(lead, "Acme", 10));
        LeadProfile newer = profile(lead, "Acme Group", 20);

        assertThat(profiles().keepIfNewer(newer)).isTrue();
        assertThat(profiles().keepIfNewer(profile(lead, "Old Acme", 5))).isFalse();

        assertThat(profiles().find(lead)).contains(newer);
    }

    @Test
    void a_profile_as_old_as_the_kept_one_changes_nothing() {
        LeadId lead = LeadId.newId();
        LeadProfile kept = profile(lead, "Acme", 10);
        profiles().keepIfNewer(kept);

        assertThat(profiles().keepIfNewer(profile(lead, "Acme Twin", 10))).isFalse();

        assertThat(profiles().find(lead)).contains(kept);
    }

    @Test
    void a_profile_without_email_or_attributes_is_kept_as_it_came() {
        LeadProfile anonymous = new LeadProfile(LeadId.newId(), null, Map.of(), T0);

        profiles().keepIfNewer(anonymous);

        assertThat(profiles().find(anonymous.leadId())).contains(anonymous);
    }
}
