package io.leadflow.nurturing.application.port.in;

import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.SettingsChange;
import java.util.Optional;

/** Marketing's switches: recycle threshold, and enrolment of leads that stay below the qualification threshold. */
public interface ChangeSettingsUseCase {

    /** @param actor who changes them, as the gateway named them (kept and shown with the settings) */
    NurtureSettings changeSettings(NurtureSettings settings, String actor);

    /** Who last changed the settings and when; empty while they are as seeded. */
    Optional<SettingsChange> lastChange();

    NurtureSettings currentSettings();
}
