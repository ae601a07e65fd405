package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a team works: hours per weekday in the team's time zone, minus holidays. SLA deadlines are counted in this
 * business time, so a lead that qualifies on Friday evening is due on Monday morning, not on Saturday night. Days
 * whose clocks change (daylight saving) are handled by the zone rules: a day is as long as its wall-clock hours.
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, WorkingHours> hours, Set<LocalDate> holidays)
        implements WorkingTime {

    /** Far enough for any SLA, near enough that a calendar without working days cannot loop for long. */
    private static final int MAX_DAYS = 3_700;

    public BusinessCalendar {
        if (zone == null) {
            throw new InvalidValueException("timeZone", "timeZone.required", "a business calendar needs a time zone");
        }
        if (hours == null || hours.isEmpty()) {
            throw new InvalidValueException(
                    "workingHours", "workingHours.required", "a business calendar needs at least one working day");
        }
        hours = Map.copyOf(new EnumMap<>(hours));
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** Monday to Friday with the same hours, no holidays. */
    public static BusinessCalendar weekdays(ZoneId zone, WorkingHours dayHours) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, dayHours);
        }
        return new BusinessCalendar(zone, week, Set.of());
    }

    public BusinessCalendar withHolidays(Set<LocalDate> days) {
        return new BusinessCalendar(zone, hours, days);
    }

    public Set<LocalDate> sortedHolidays() {
        return new TreeSet<>(holidays);
    }

    /** Every day of the week with the same hours, no holidays: a rep's own hours, which the team calendar narrows. */
    public static BusinessCalendar everyDay(ZoneId zone, WorkingHours dayHours) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, dayHours);
        }
        return new BusinessCalendar(zone, week, Set.of());
    }

    @Override
    public Optional<WorkingWindow> windowFrom(Instant from) {
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            Window window = window(day);
            if (window != null && from.isBefore(window.close)) {
                return Optional.of(new WorkingWindow(window.open, window.close));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code at} falls inside working hours. */
    @Override
    public boolean isWorking(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        Window window = window(local.toLocalDate());
        return window != null && !at.isBefore(window.open) && at.isBefore(window.close);
    }

    /**
     * The instant {@code amount} of business time after {@code start}. Time outside working hours does not count;
     * a start outside them counts from the next opening. A zero amount gives the next working moment.
     */
    @Override
    public Instant plus(Instant start, Duration amount) {
        if (start == null || amount == null || amount.isNegative()) {
            throw new IllegalArgumentException("business time is added to an instant and is not negative");
        }
        Duration left = amount;
        Instant cursor = start;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            Window window = window(day);
            if (window == null || !cursor.isBefore(window.close)) {
                continue;
            }
            if (cursor.isBefore(window.open)) {
                cursor = window.open;
            }
            Duration available = Duration.between(cursor, window.close);
            if (available.compareTo(left) > 0 || (left.isZero())) {
                return cursor.plus(left);
            }
            left = left.minus(available);
            cursor = window.close;
            if (left.isZero()) {
                return cursor;
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days in this calendar");
    }

    /**
     * The business time from {@code from} to {@code to}: only working time counts, so a deadline that is due on Monday
     * morning is an hour away on Friday at four. Negative when {@code to} is earlier (how long a deadline is overdue).
     */
    @Override
    public Duration between(Instant from, Instant to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("business time is counted between two instants");
        }
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS && !day.isAfter(last); i++, day = day.plusDays(1)) {
            Window window = window(day);
            if (window == null) {
                continue;
            }
            Instant start = from.isAfter(window.open) ? from : window.open;
            Instant end = to.isBefore(window.close) ? to : window.close;
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private Window window(LocalDate day) {
        if (holidays.contains(day)) {
            return null;
        }
        WorkingHours today = hours.get(day.getDayOfWeek());
        if (today == null) {
            return null;
        }
        return new Window(at(day, today.start()), at(day, today.end()));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private record Window(Instant open, Instant close) {}
}
