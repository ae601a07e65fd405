package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.nurturing.application.port.in.ChangeSettingsUseCase;
import io.leadflow.nurturing.domain.NurtureSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nurture/settings")
class SettingsController {

    private final ChangeSettingsUseCase settings;

    SettingsController(ChangeSettingsUseCase settings) {
        this.settings = settings;
    }

    @GetMapping
    SettingsBody current() {
        return body(settings.currentSettings());
    }

    /** Changes the settings; fields left out keep their value, a broken rule is a 400 naming the field. */
    @PutMapping
    SettingsBody change(@RequestBody SettingsBody change) {
        NurtureSettings now = settings.currentSettings();
        if (change == null) {
            return body(now);
        }
        NurtureSettings next = new NurtureSettings(
                change.recycleThreshold() == null ? now.recycleThreshold() : change.recycleThreshold(),
                change.belowThresholdEnrolment() == null
                        ? now.belowThresholdEnrolment()
                        : change.belowThresholdEnrolment(),
                change.qualificationThreshold() == null
                        ? now.qualificationThreshold()
                        : change.qualificationThreshold(),
                change.belowThresholdAfter() == null
                        ? now.belowThresholdAfter()
                        : TrackRequests.duration(
                                change.belowThresholdAfter(), "belowThresholdAfter", "settings.belowThresholdAfter"));
        return body(settings.changeSettings(next));
    }

    private static SettingsBody body(NurtureSettings s) {
        return new SettingsBody(
                s.recycleThreshold(),
                s.belowThresholdEnrolment(),
                s.qualificationThreshold(),
                s.belowThresholdAfter().toString());
    }
}
