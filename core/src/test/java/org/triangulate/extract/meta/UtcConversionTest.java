package org.triangulate.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class UtcConversionTest {
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Test
    void winterAndSummerOffsets() {
        assertThat(UtcConversion.toUtc(LocalDateTime.of(2024, 11, 20, 11, 1), KYIV).utc())
                .isEqualTo(Instant.parse("2024-11-20T09:01:00Z"));
        assertThat(UtcConversion.toUtc(LocalDateTime.of(2024, 7, 1, 11, 1), KYIV).utc())
                .isEqualTo(Instant.parse("2024-07-01T08:01:00Z"));
    }

    @Test
    void gapAndOverlapAreExplained() {
        var gap = UtcConversion.toUtc(LocalDateTime.of(2024, 3, 31, 3, 30), KYIV);
        assertThat(gap.note()).contains("DST gap");
        assertThat(gap.utc()).isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
        var overlap = UtcConversion.toUtc(LocalDateTime.of(2024, 10, 27, 3, 30), KYIV);
        assertThat(overlap.note()).contains("overlap");
        assertThat(overlap.utc()).isEqualTo(Instant.parse("2024-10-27T00:30:00Z"));
    }

    @Test
    void noTimeOrNoZoneGivesNothing() {
        assertThat(UtcConversion.convert(DateParser.parse("20.11.2024"),
                new ZoneResolution(KYIV, "stated", "x"))).isEmpty();
        assertThat(UtcConversion.convert(DateParser.parse("20.11.2024 12:20"),
                new ZoneResolution(null, "none", "x"))).isEmpty();
    }
}
