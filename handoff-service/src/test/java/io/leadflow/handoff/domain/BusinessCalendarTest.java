package io.leadflow.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessCalendarTest {

    private static final WorkingHours NINE_TO_FIVE = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId UTC = ZoneId.of("UTC");

    static Stream<Arguments> cases() {
        // 2026-11-02 is a Monday; 2026-11-06 a Friday
        return Stream.of(
                Arguments.of(
                        "inside hours the time simply passes",
                        UTC,
                        Set.of(),
                        "2026-11-02T10:00:00Z",
                        "PT2H",
                        "2026-11-02T12:00:00Z"),
                Arguments.of(
                        "the rest of the window carries over the night",
                        UTC,
                        Set.of(),
                        "2026-11-02T16:00:00Z",
                        "PT2H",
                        "2026-11-03T10:00:00Z"),
                Arguments.of(
                        "a start before opening counts from opening",
                        UTC,
                        Set.of(),
                        "2026-11-02T03:00:00Z",
                        "PT15M",
                        "2026-11-02T09:15:00Z"),
                Arguments.of(
                        "a start after closing counts from the next opening",
                        UTC,
                        Set.of(),
                        "2026-11-02T20:00:00Z",
                        "PT1H",
                        "2026-11-03T10:00:00Z"),
                Arguments.of(
                        "friday evening runs into monday morning",
                        UTC,
                        Set.of(),
                        "2026-11-06T16:30:00Z",
                        "PT1H",
                        "2026-11-09T09:30:00Z"),
                Arguments.of(
                        "a lead on saturday is due on monday",
                        UTC,
                        Set.of(),
                        "2026-11-07T11:00:00Z",
                        "PT4H",
                        "2026-11-09T13:00:00Z"),
                Arguments.of(
                        "a holiday is skipped like a weekend",
                        UTC,
                        Set.of(LocalDate.parse("2026-11-03")),
                        "2026-11-02T16:00:00Z",
                        "PT2H",
                        "2026-11-04T10:00:00Z"),
                Arguments.of(
                        "a deadline ending exactly at closing stays on that day",
                        UTC,
                        Set.of(),
                        "2026-11-02T09:00:00Z",
                        "PT8H",
                        "2026-11-02T17:00:00Z"),
                Arguments.of(
                        "three business days span the weekend",
                        UTC,
                        Set.of(),
                        "2026-11-05T09:00:00Z",
                        "PT24H",
                        "2026-11-09T17:00:00Z"),
                Arguments.of(
                        "berlin hours are local: 09:00 CET is 08:00 UTC",
                        BERLIN,
                        Set.of(),
                        "2026-11-02T07:00:00Z",
                        "PT1H",
                        "2026-11-02T09:00:00Z"),
                Arguments.of(
                        "new york closes at 22:00 UTC in winter",
                        NEW_YORK,
                        Set.of(),
                        "2026-11-02T21:30:00Z",
                        "PT1H",
                        "2026-11-03T14:30:00Z"),
                Arguments.of(
                        "the clock change in berlin moves opening by an hour in UTC",
                        BERLIN,
                        Set.of(),
                        "2026-10-23T14:30:00Z",
                        "PT1H",
                        "2026-10-26T08:30:00Z"),
                Arguments.of(
                        "christmas eve and christmas day in berlin",
                        BERLIN,
                        Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")),
                        "2026-12-23T15:00:00Z",
                        "PT2H",
                        "2026-12-28T09:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void adds_business_time_across_nights_weekends_holidays_and_time_zones(
            String story, ZoneId zone, Set<LocalDate> holidays, String start, String amount, String expected) {
        BusinessCalendar calendar =
                BusinessCalendar.weekdays(zone, NINE_TO_FIVE).withHolidays(holidays);

        assertThat(calendar.plus(Instant.parse(start), Duration.parse(amount))).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_deadline_always_falls_inside_working_hours_or_at_closing(
            String story, ZoneId zone, Set<LocalDate> holidays, String start, String amount, String expected) {
        BusinessCalendar calendar =
                BusinessCalendar.weekdays(zone, NINE_TO_FIVE).withHolidays(holidays);
        Instant due = calendar.plus(Instant.parse(start), Duration.parse(amount));

        assertThat(calendar.isWorking(due) || calendar.isWorking(due.minusSeconds(1)))
                .isTrue();
    }

    @org.junit.jupiter.api.Test
    void a_weekend_shift_counts_only_its_own_days() {
        Map<DayOfWeek, WorkingHours> weekend = new EnumMap<>(DayOfWeek.class);
        weekend.put(DayOfWeek.SATURDAY, new WorkingHours(LocalTime.of(10, 0), LocalTime.of(14, 0)));
        BusinessCalendar calendar = new BusinessCalendar(UTC, weekend, Set.of());

        assertThat(calendar.plus(Instant.parse("2026-11-02T10:00:00Z"), Duration.ofHours(5)))
                .isEqualTo(Instant.parse("2026-11-14T11:00:00Z"));
    }
}
