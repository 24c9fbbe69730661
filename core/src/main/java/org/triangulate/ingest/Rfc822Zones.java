package org.triangulate.ingest;

import java.time.ZoneOffset;
import java.util.Map;

/**
 * The zone names an RFC 822 date may end in (RFC 822 §5.1: "UT", "GMT", the four US zones in standard and daylight
 * time; "UTC" and "Z" as feeds write them too), as offsets. RSS {@code pubDate} and mail-style container dates use
 * them; Java's RFC 1123 parser knows only "GMT".
 */
public final class Rfc822Zones {
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(Map.entry("UT", ZoneOffset.UTC),
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)));

    private Rfc822Zones() {
    }

    /** The offset the zone name stands for, or null when RFC 822 does not name it. */
    public static ZoneOffset offset(String name) {
        return ZONES.get(name);
    }
}
