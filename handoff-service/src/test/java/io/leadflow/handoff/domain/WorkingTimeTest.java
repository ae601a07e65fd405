package io.leadflow.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A team's calendar narrowed to a rep's own hours in another time zone. */
class WorkingTimeTest {

    // Monday to Friday 09:00-17:00 UTC
    private final BusinessCalendar team = BusinessCalendar.weekdays(ZoneOffset.UTC, WorkingHours.parse("09:00-17:00"));
    // every day 12:00-20:00 at UTC+2, i.e. 10:00-18:00 UTC
    private final BusinessCalendar rep =
            BusinessCalendar.everyDay(ZoneOffset.ofHours(2), WorkingHours.parse("12:00-20:00"));
    private final Instant monday0900 = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void only_the_hours_both_work_count_across_time_zones() {
        WorkingTime shared = team.within(rep, monday0900);

        assertThat(shared.isWorking(monday0900)).isFalse();
        assertThat(shared.isWorking(Instant.parse("2026-11-02T10:00:00Z"))).isTrue();
        assertThat(shared.isWorking(Instant.parse("2026-11-02T17:00:00Z"))).isFalse();
        assertThat(shared.plus(monday0900, Duration.ofHours(1))).isEqualTo(Instant.parse("2026-11-02T11:00:00Z"));
        assertThat(shared.between(monday0900, Instant.parse("2026-11-02T18:00:00Z")))
                .isEqualTo(Duration.ofHours(7));
    }

    @Test
    void the_team_calendar_keeps_its_days_off_and_holidays_and_the_rep_their_hours() {
        WorkingTime shared =
                team.withHolidays(Set.of(LocalDate.parse("2026-11-09"))).within(rep, monday0900);
        Instant friday1630 = Instant.parse("2026-11-06T16:30:00Z");

        // 30 minutes on Friday, no weekend (team), no Monday (holiday), 30 minutes from 10:00 UTC on Tuesday (rep)
        assertThat(shared.plus(friday1630, Duration.ofHours(1))).isEqualTo(Instant.parse("2026-11-10T10:30:00Z"));
        assertThat(shared.between(Instant.parse("2026-11-10T10:30:00Z"), friday1630))
                .isEqualTo(Duration.ofHours(1).negated());
    }

    @Test
    void hours_that_never_meet_the_team_calendar_leave_the_team_calendar_alone() {
        BusinessCalendar night = BusinessCalendar.everyDay(ZoneOffset.UTC, WorkingHours.parse("01:00-05:00"));

        WorkingTime shared = team.within(night, monday0900);

        assertThat(shared).isEqualTo(team);
        assertThat(shared.plus(monday0900, Duration.ofHours(1))).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
    }

    @Test
    void the_generic_count_agrees_with_the_calendars_own() {
        WorkingTime generic = from -> team.windowFrom(from);
        Instant friday1630 = Instant.parse("2026-11-06T16:30:00Z");

        assertThat(generic.plus(friday1630, Duration.ofHours(2))).isEqualTo(team.plus(friday1630, Duration.ofHours(2)));
        assertThat(generic.between(monday0900, friday1630)).isEqualTo(team.between(monday0900, friday1630));
        assertThat(generic.plus(Instant.parse("2026-11-07T12:00:00Z"), Duration.ZERO))
                .isEqualTo(Instant.parse("2026-11-09T09:00:00Z"));
    }

    @Test
    void a_rep_without_hours_of_their_own_always_works_and_one_with_hours_only_in_them() {
        SalesRep free = TestData.aRep("Free");
        SalesRep bounded = free.withDetails(
                "Bounded",
                null,
                true,
                null,
                null,
                Set.of(),
                Set.of(),
                10,
                1,
                ZoneOffset.ofHours(2),
                WorkingHours.parse("12:00-20:00"));

        assertThat(free.ownHours()).isEmpty();
        assertThat(free.worksAt(Instant.parse("2026-11-08T03:00:00Z"))).isTrue();
        assertThat(bounded.worksAt(monday0900)).isFalse();
        assertThat(bounded.worksAt(Instant.parse("2026-11-08T10:00:00Z"))).isTrue();
    }
}
