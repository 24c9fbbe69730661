package org.triangulate.extract.meta;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Local date-time + zone to UTC through java.time, so daylight-saving rules come from the JDK's tz database. */
public final class UtcConversion {
    private UtcConversion() {
    }

    /**
     * A converted time.
     *
     * @param utc   the instant
     * @param local the page's local time with the offset in force then (ISO-8601 via toString)
     * @param note  how the conversion went: "" normally, or what happened at a DST gap or overlap
     */
    public record Converted(Instant utc, OffsetDateTime local, String note) {
    }

    /**
     * Converts a local date-time in a zone. In a DST gap (a local time that did not exist) the time is moved forward
     * by the gap, as clocks did; in an overlap (a time that happened twice) the earlier offset is taken. Both are
     * said in {@link Converted#note()}.
     */
    public static Converted toUtc(LocalDateTime local, ZoneId zone) {
        ZonedDateTime z = ZonedDateTime.ofLocal(local, zone, null);
        String note = "";
        if (!(zone instanceof ZoneOffset)) {
            var rules = zone.getRules();
            var valid = rules.getValidOffsets(local);
            if (valid.isEmpty()) {
                note = "local time " + local + " fell in a DST gap in " + zone + "; moved forward to " + z.toLocalDateTime();
            } else if (valid.size() > 1) {
                note = "local time " + local + " occurred twice in " + zone + " (DST overlap); earlier offset "
                        + z.getOffset() + " taken";
            }
        }
        return new Converted(z.toInstant(), z.toOffsetDateTime(), note);
    }

    /**
     * Converts a found date when it has a year and a time and a zone was resolved; empty otherwise (a date without a
     * time or a zone is never turned into an instant).
     */
    public static Optional<Converted> convert(DateMatch date, ZoneResolution zone) {
        if (date == null || date.localDateTime() == null || zone == null || !zone.resolved()) {
            return Optional.empty();
        }
        return Optional.of(toUtc(date.localDateTime(), zone.zone()));
    }
}
