package io.leadflow.nurturing.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.nurturing.domain.NurtureSettings;
import java.time.Duration;
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
}
