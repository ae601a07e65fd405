package io.leadflow.ingestion.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import org.junit.jupiter.api.Test;

/** What every {@link IdentityLinks} store does, whether it keeps links in memory or in PostgreSQL. */
public abstract class IdentityLinksContract {

    protected abstract IdentityLinks links();

    /** A lead the storage knows, since only a known contact's lead can be linked to. */
    protected abstract LeadId storedLead(String email);

    @Test
    void an_identity_never_linked_belongs_to_no_lead_even_after_it_was_looked_up() {
        assertThat(links().lockAndFind("anon-1")).isEmpty();
        assertThat(links().lockAndFind("anon-1")).isEmpty();
    }

    @Test
    void a_linked_identity_belongs_to_its_lead() {
        LeadId lead = storedLead("jo@acme.example");
        links().lockAndFind("anon-1");

        assertThat(links().link("anon-1", lead)).isTrue();

        assertThat(links().lockAndFind("anon-1")).contains(lead);
        assertThat(links().lockAndFind("anon-2")).isEmpty();
    }

    @Test
    void an_identity_never_looked_up_can_be_linked() {
        LeadId lead = storedLead("jo@acme.example");

        assertThat(links().link("user-42", lead)).isTrue();

        assertThat(links().lockAndFind("user-42")).contains(lead);
    }

    @Test
    void the_first_link_of_an_identity_wins() {
        LeadId first = storedLead("jo@acme.example");
        LeadId second = storedLead("kim@acme.example");
        links().link("anon-1", first);

        assertThat(links().link("anon-1", second)).isFalse();
        assertThat(links().link("anon-1", first)).isFalse();

        assertThat(links().lockAndFind("anon-1")).contains(first);
    }
}
