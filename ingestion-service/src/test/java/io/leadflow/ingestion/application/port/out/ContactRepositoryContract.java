package io.leadflow.ingestion.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.ingestion.domain.Contact;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link ContactRepository} does, whether it keeps contacts in memory or in PostgreSQL. */
public abstract class ContactRepositoryContract {

    protected abstract ContactRepository contacts();

    private static Contact contact(String email) {
        return new Contact(LeadId.newId(), EmailAddress.of(email), Map.of("company", "Acme", "country", "DE"));
    }

    @Test
    void an_added_contact_is_found_by_its_email_and_its_lead_exists() {
        Contact jo = contact("jo@acme.example");

        assertThat(contacts().addAllIfAbsent(List.of(jo))).containsExactly(jo);

        assertThat(contacts().findByEmail(jo.email())).contains(jo);
        assertThat(contacts().findForUpdate(jo.email())).contains(jo);
        assertThat(contacts().exists(jo.leadId())).isTrue();
        assertThat(contacts().findByLeadId(jo.leadId())).contains(jo);
    }

    @Test
    void an_unknown_email_or_lead_is_not_found() {
        contacts().addAllIfAbsent(List.of(contact("jo@acme.example")));

        assertThat(contacts().findByEmail(EmailAddress.of("kim@acme.example"))).isEmpty();
        assertThat(contacts().findForUpdate(EmailAddress.of("kim@acme.example")))
                .isEmpty();
        assertThat(contacts().exists(LeadId.newId())).isFalse();
        assertThat(contacts().findByLeadId(LeadId.newId())).isEmpty();
    }

    @Test
    void a_contact_whose_email_is_known_is_not_added_and_the_first_one_stays() {
        Contact first = contact("jo@acme.example");
        contacts().addAllIfAbsent(List.of(first));
        Contact second = contact("jo@acme.example");
        Contact kim = contact("kim@acme.example");
        Contact kimAgain = contact("kim@acme.example");

        assertThat(contacts().addAllIfAbsent(List.of(second, kim, kimAgain))).containsExactly(kim);

        assertThat(contacts().findByEmail(first.email())).contains(first);
        assertThat(contacts().findByEmail(kim.email())).contains(kim);
        assertThat(contacts().exists(second.leadId())).isFalse();
    }

    @Test
    void several_contacts_are_found_by_their_emails_and_unknown_ones_are_absent() {
        Contact jo = contact("jo@acme.example");
        Contact kim = contact("kim@acme.example");
        contacts().addAllIfAbsent(List.of(jo, kim));
        EmailAddress unknown = EmailAddress.of("lee@acme.example");

        assertThat(contacts().findByEmails(List.of(jo.email(), kim.email(), unknown)))
                .isEqualTo(Map.of(jo.email(), jo, kim.email(), kim));
        assertThat(contacts().findByEmails(List.of())).isEmpty();
    }

    @Test
    void an_updated_contact_is_found_with_its_new_attributes() {
        Contact jo = contact("jo@acme.example");
        contacts().addAllIfAbsent(List.of(jo));
        Contact changed = jo.withChanges(Map.of("company", "Acme Group", "country", "", "title", "CTO"));

        contacts().update(changed);

        assertThat(contacts().findByEmail(jo.email())).contains(changed);
        assertThat(changed.attributes()).doesNotContainKey("country");
    }
}
