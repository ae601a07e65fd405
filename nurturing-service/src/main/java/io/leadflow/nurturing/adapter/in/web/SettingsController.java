package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.nurturing.application.port.in.ChangeSettingsUseCase;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.support.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nurture/settings")
class SettingsController {

    private final ChangeSettingsUseCase settings;
    private final NurtureWebMapper mapper;

    SettingsController(ChangeSettingsUseCase settings, NurtureWebMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    @GetMapping
    SettingsBody current() {
        return mapper.toBody(settings.currentSettings()).changedBy(settings.lastChange());
    }

    /** Changes the settings; fields left out keep their value, a broken rule is a 400 naming the field. */
    @PutMapping
    SettingsBody change(@RequestBody SettingsBody change, Caller caller) {
        NurtureSettings now = settings.currentSettings();
        if (change == null) {
            return mapper.toBody(now).changedBy(settings.lastChange());
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
        return mapper.toBody(settings.changeSettings(next, caller.user())).changedBy(settings.lastChange());
    }
}
