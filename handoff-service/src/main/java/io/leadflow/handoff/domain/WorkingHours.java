package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The hours of one working day, start inclusive and end exclusive, in the calendar's own time zone. */
public record WorkingHours(LocalTime start, LocalTime end) {

    public WorkingHours {
        if (start == null || end == null) {
            throw new InvalidValueException(
                    "workingHours", "workingHours.required", "working hours need a start and an end");
        }
        if (!end.isAfter(start)) {
            throw new InvalidValueException(
                    "workingHours",
                    "workingHours.order",
                    "working hours must end after they start, got " + start + "-" + end);
        }
    }

    /** Parses {@code 09:00-17:30}. */
    public static WorkingHours parse(String text) {
        if (text == null || !text.matches("\\d{2}:\\d{2}-\\d{2}:\\d{2}")) {
            throw new InvalidValueException(
                    "workingHours", "workingHours.format", "working hours look like 09:00-17:00, got '" + text + "'");
        }
        try {
            return new WorkingHours(LocalTime.parse(text.substring(0, 5)), LocalTime.parse(text.substring(6)));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    "workingHours", "workingHours.format", "working hours look like 09:00-17:00, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
