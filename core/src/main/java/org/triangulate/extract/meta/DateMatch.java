package org.triangulate.extract.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One date found in text, as the text gave it: nothing is added. A missing year stays missing ("Dec. 8"),
 * a missing time stays missing, and {@link #zone()} is only set when the text itself named a zone or offset.
 *
 * @param year     the year, or null when the text gave none
 * @param month    1-12
 * @param day      1-31 (valid for the month and, when known, the year)
 * @param time     the local time of day, or null when the text gave none
 * @param zone     the zone or offset the text stated next to the time ("EET", "GMT+2", "Z"), or null
 * @param zoneText the text that stated the zone, or null
 * @param matched  the matched text, as it appears in the input
 * @param rule     the name of the rule that matched ("english-mdy", "numeric-time-dmy", "iso-8601", ...)
 * @param start    offset of the match in the scanned text
 * @param end      end offset (exclusive) of the match
 */
public record DateMatch(Integer year, int month, int day, LocalTime time, ZoneId zone, String zoneText,
                        String matched, String rule, int start, int end) {

    public DateMatch {
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(rule, "rule");
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12, got " + month + " in '" + matched + "'");
        }
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("day must be 1-31, got " + day + " in '" + matched + "'");
        }
    }

    public boolean hasYear() {
        return year != null;
    }

    public boolean hasTime() {
        return time != null;
    }

    /** The calendar date, or null when the year is unknown. */
    public LocalDate date() {
        return year == null ? null : LocalDate.of(year, month, day);
    }

    /** The local date-time, or null when the year or the time is unknown. */
    public LocalDateTime localDateTime() {
        return year == null || time == null ? null : LocalDateTime.of(date(), time);
    }

    /** The same match with the year filled in from context (e.g. the page's publication year). */
    public DateMatch withYear(int newYear) {
        LocalDate.of(newYear, month, day); // rejects Feb 29 in a non-leap year
        return new DateMatch(newYear, month, day, time, zone, zoneText, matched, rule, start, end);
    }

    /** ISO-8601 rendering of what the text said: {@code 2024-11-20T12:20}, {@code 2024-11-20T11:01+02:00}, {@code --12-08}. */
    public String toIsoString() {
        String d = year == null ? String.format("--%02d-%02d", month, day) : date().toString();
        if (time == null) {
            return d;
        }
        String t = d + "T" + time;
        if (zone == null) {
            return t;
        }
        return zone instanceof java.time.ZoneOffset ? t + zone.getId() : t + "[" + zone.getId() + "]";
    }
}
