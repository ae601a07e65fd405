package io.leadflow.ingestion.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.ingestion.domain.CustomEventType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link EventTypeRegistry} does, whether it keeps types in memory or in PostgreSQL. */
public abstract class EventTypeRegistryContract {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    protected abstract EventTypeRegistry types();

    private static CustomEventType type(String name) {
        return new CustomEventType(name, "registered for " + name, T0, "admin@leadflow.example");
    }

    @Test
    void registered_types_are_listed_by_name_and_named() {
        CustomEventType webinar = type("webinar_replay");
        CustomEventType booth = type("booth_scan");
        CustomEventType podcast = type("podcast_listen");

        assertThat(types().add(webinar)).isTrue();
        assertThat(types().add(booth)).isTrue();
        assertThat(types().add(podcast)).isTrue();

        assertThat(types().all()).containsExactly(booth, podcast, webinar);
        assertThat(types().names()).containsExactlyInAnyOrder("booth_scan", "podcast_listen", "webinar_replay");
    }

    @Test
    void a_type_registered_twice_keeps_its_first_registration() {
        CustomEventType first = type("booth_scan");
        types().add(first);

        assertThat(types().add(new CustomEventType("booth_scan", "again", T0.plusSeconds(60), "other@x.example")))
                .isFalse();

        assertThat(types().all()).containsExactly(first);
    }

    @Test
    void a_removed_type_is_gone_and_removing_it_again_says_so() {
        types().add(type("booth_scan"));
        types().add(type("podcast_listen"));

        assertThat(types().remove("booth_scan")).isTrue();
        assertThat(types().remove("booth_scan")).isFalse();
        assertThat(types().remove("never_registered")).isFalse();

        assertThat(types().names()).containsExactly("podcast_listen");
    }
}
