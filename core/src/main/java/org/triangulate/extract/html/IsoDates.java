package org.triangulate.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses machine-readable dates (ISO-8601 and its common web variants, RFC 1123, URL path dates). */
final class IsoDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/_+.?#-]|$)");
    private static final String MONTH_NAMES = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Pattern URL_MONTH_NAME = Pattern.compile("(?i)/((?:19|20)\\d{2})/(january|february|march|april"
            + "|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
            + "/(\\d{1,2})(?:[/_+.?#-]|$)");

    /**
     * A parsed date: local date-time as written, its offset when the source gave one, and whether only the day
     * was known.
     */
    record ParsedDate(LocalDateTime local, ZoneOffset offset, boolean dateOnly, LocalDate shownDay) {
        ParsedDate(LocalDateTime local, ZoneOffset offset, boolean dateOnly) {
            this(local, offset, dateOnly, null);
        }

        /** The instant in UTC; without an offset the local time is read as UTC (the caller records that). */
        java.time.Instant instant() {
            return local.toInstant(offset == null ? ZoneOffset.UTC : offset);
        }

        /**
         * The page's own local value, ISO-8601, with offset when known; only the day when the page shows a day
         * other than the value's own (a UTC timestamp for an evening post in America), its local time unknown.
         */
        String localIso() {
            if (shownDay != null) return shownDay.toString();
            if (dateOnly) return local.toLocalDate().toString();
            return offset == null ? local.toString() : OffsetDateTime.of(local, offset).toString();
        }

        /** The day the page's own readers saw: {@link #shownDay} when set, else the local date as written. */
        LocalDate localDay() {
            return shownDay != null ? shownDay : local.toLocalDate();
        }

        /** The same instant, shown on the page as {@code day}. */
        ParsedDate shownAs(LocalDate day) {
            return new ParsedDate(local, offset, dateOnly, day);
        }
    }

    private IsoDates() {
    }

    static ParsedDate parse(String value) {
        if (value == null) return null;
        String v = value.trim();
        if (v.isEmpty()) return null;
        Matcher m = ISO.matcher(v);
        if (m.lookingAt()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (!plausibleYear(d.getYear())) return null;
                if (m.group(4) == null) {
                    return new ParsedDate(d.atStartOfDay(), null, true);
                }
                int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), sec);
                return new ParsedDate(LocalDateTime.of(d, t), offset(m.group(7)), false);
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
            return new ParsedDate(z.toLocalDateTime(), z.getOffset(), false);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date in the URL path (/2024/11/20/, /2024-11-20-, /2024/october/03/), day precision. */
    static ParsedDate fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        int month;
        if (m.find()) {
            month = Integer.parseInt(m.group(2));
        } else {
            m = URL_MONTH_NAME.matcher(url);
            if (!m.find()) return null;
            month = MONTH_NAMES.indexOf(m.group(2).toLowerCase(Locale.ROOT).substring(0, 3)) / 3 + 1;
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)));
            return plausibleYear(d.getYear()) ? new ParsedDate(d.atStartOfDay(), null, true) : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean plausibleYear(int y) {
        return y >= 1990 && y <= 2100;
    }

    private static ZoneOffset offset(String z) {
        if (z == null) return null;
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) return ZoneOffset.UTC;
        String s = z.replace(":", "");
        int sign = s.charAt(0) == '-' ? -1 : 1;
        int h = Integer.parseInt(s.substring(1, 3));
        int min = s.length() >= 5 ? Integer.parseInt(s.substring(3, 5)) : 0;
        try {
            return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
