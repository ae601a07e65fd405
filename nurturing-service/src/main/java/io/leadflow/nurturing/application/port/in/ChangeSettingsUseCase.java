package io.leadflow.nurturing.application.port.in;

import io.leadflow.nurturing.domain.NurtureSettings;

/** Marketing's switches: recycle threshold, and enrolment of leads that stay below the qualification threshold. */
public interface ChangeSettingsUseCase {

    NurtureSettings changeSettings(NurtureSettings settings);

    NurtureSettings currentSettings();
}
