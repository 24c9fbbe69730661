package org.triangulate.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeResolverTest {
    private final TimeResolver times = new TimeResolver(ZoneResolver.standard());
    private static final PageSignals NONE = new PageSignals(null, null, null, null, null);

    @Test
    void declaredValueWithZoneIsTakenAsGiven() {
        TimeResolver.Resolved r = times.declared("2024-11-20T10:18:06.127Z", "front-matter date", NONE);
        assertThat(r.utc()).isEqualTo(Instant.parse("2024-11-20T10:18:06.127Z"));
        assertThat(r.local()).isEqualTo("2024-11-20T10:18:06.127Z");
        assertThat(r.provenance()).isEqualTo("front-matter date '2024-11-20T10:18:06.127Z' (zone as given)");
        assertThat(times.declared("Wed, 20 Nov 2024 10:18:06 +0000", "feed pubDate", NONE).utc())
                .isEqualTo(Instant.parse("2024-11-20T10:18:06Z"));
    }

    @Test
    void textDatelineUsesTheOutletZone() {
        DateMatch d = DateParser.parse("November 20, 2024 11:01 AM");
        TimeResolver.Resolved r = times.text(d, "text dateline '" + d.matched() + "'",
                new PageSignals(null, "The Kyiv Independent", null, null, null));
        assertThat(r.utc()).isEqualTo(Instant.parse("2024-11-20T09:01:00Z"));
        assertThat(r.local()).isEqualTo("2024-11-20T11:01+02:00");
        assertThat(r.provenance()).startsWith("text dateline 'November 20, 2024 11:01 AM' + zone Europe/Kyiv (outlet table: The Kyiv Independent");
    }

    @Test
    void missingTimeZoneOrGarbageLeavesUtcNull() {
        assertThat(times.declared("2024-11-20", "meta date", NONE).utc()).isNull();
        assertThat(times.declared("2024-11-20", "meta date", NONE).local()).isEqualTo("2024-11-20");
        assertThat(times.declared("20.11.2024 12:20", "meta date", NONE).provenance()).contains("left null");
        assertThat(times.declared("soon", "meta date", NONE).provenance()).contains("unreadable");
    }
}
