package org.triangulate.extract.meta;

import java.time.Instant;
import java.util.Optional;

/**
 * Turns a date as a page gave it into UTC, with one provenance sentence, the same way for every extractor:
 * a declared value (meta tag, JSON-LD, front matter: "as given" when it carries a zone) or a date found in text
 * (zone from {@link ZoneResolver}). A date without a year or a time, or without a zone signal, stays null in UTC and
 * is kept as the page's local value.
 */
public final class TimeResolver {
    private final ZoneResolver zones;

    public TimeResolver(ZoneResolver zones) {
        this.zones = zones;
    }

    /**
     * @param utc        the instant, or null when it cannot be known
     * @param local      the page's own value: the declared string, or the local date-time with its offset when a zone
     *                   was resolved, or the local date(-time) without one; null when nothing was read
     * @param provenance how the value was obtained, or why it was left null
     */
    public record Resolved(Instant utc, String local, String provenance) {
    }

    /** A declared value ("2024-11-20T10:18:06.127Z", "Wed, 20 Nov 2024 10:18:06 +0000"); {@code how} names its source. */
    public Resolved declared(String value, String how, PageSignals signals) {
        DateMatch dm;
        try {
            dm = DateParser.parse(value);
        } catch (InvalidDateException e) {
            dm = DateParser.scan(value).best();
            if (dm == null) {
                return new Resolved(null, null, how + " '" + value + "' unreadable (" + e.getMessage() + "); left null");
            }
        }
        if (dm.zone() != null && dm.localDateTime() != null) {
            var c = UtcConversion.toUtc(dm.localDateTime(), dm.zone());
            return new Resolved(c.utc(), value, how + " '" + value + "' (zone as given)");
        }
        return text(dm, how + " '" + value + "'", signals);
    }

    /** A date found in the page's text; {@code how} describes where ("text dateline '12:20 20.11.2024'"). */
    public Resolved text(DateMatch dm, String how, PageSignals signals) {
        if (!dm.hasYear() || !dm.hasTime()) {
            return new Resolved(null, dm.toIsoString(), how + " has no " + (dm.hasYear() ? "time" : "year")
                    + "; not converted to UTC");
        }
        ZoneResolution z = zones.resolve(dm, signals);
        Optional<UtcConversion.Converted> c = UtcConversion.convert(dm, z);
        if (c.isEmpty()) {
            return new Resolved(null, dm.toIsoString(), how + " without zone; " + z.explanation() + "; left null");
        }
        String note = c.get().note().isEmpty() ? "" : "; " + c.get().note();
        return new Resolved(c.get().utc(), c.get().local().toString(),
                how + " + zone " + z.zone() + " (" + z.explanation() + ")" + note);
    }
}
