package io.leadflow.nurturing.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.SettingsChange;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link SettingsStore} does, whether it keeps the settings in memory or in PostgreSQL. */
public abstract class SettingsStoreContract {

    protected abstract SettingsStore settings();

    @Test
    void a_new_installation_has_the_default_settings() {
        assertThat(settings().current()).isEqualTo(NurtureSettings.DEFAULT);
    }

    @Test
    void saved_settings_are_current_and_a_second_save_replaces_them() {
        NurtureSettings first = new NurtureSettings(70, true, 55, Duration.ofDays(14));
        NurtureSettings second = new NurtureSettings(65, false, 40, Duration.ofHours(36));

        settings().save(first);
        assertThat(settings().current()).isEqualTo(first);

        settings().save(second);
        assertThat(settings().current()).isEqualTo(second);
    }

    @Test
    void the_last_change_names_who_made_it_and_when() {
        settings().save(NurtureSettings.DEFAULT);
        settings().recordChange(new SettingsChange("ann@leadflow.test", Instant.parse("2026-11-02T09:00:00Z")));
        settings().recordChange(new SettingsChange("max@leadflow.test", Instant.parse("2026-11-03T09:00:00Z")));

        assertThat(settings().lastChange())
                .contains(new SettingsChange("max@leadflow.test", Instant.parse("2026-11-03T09:00:00Z")));
    }
}
