package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void readsOffsetsAndKeepsTheLocalValue() {
        IsoDates.ParsedDate d = IsoDates.parse("2024-11-20T11:01:00.000+0200");
        assertThat(d.instant()).isEqualTo(Instant.parse("2024-11-20T09:01:00Z"));
        assertThat(d.localIso()).isEqualTo("2024-11-20T11:01+02:00");
    }

    @Test
    void dateOnlyStaysADate() {
        IsoDates.ParsedDate d = IsoDates.parse("2024-11-20");
        assertThat(d.dateOnly()).isTrue();
        assertThat(d.localIso()).isEqualTo("2024-11-20");
    }

    @Test
    void readsRfc1123AndRejectsNonsense() {
        assertThat(IsoDates.parse("Wed, 20 Nov 2024 10:18:06 GMT").instant())
                .isEqualTo(Instant.parse("2024-11-20T10:18:06Z"));
        assertThat(IsoDates.parse("2024-13-45")).isNull();
        assertThat(IsoDates.parse("yesterday")).isNull();
    }

    @Test
    void findsDatesInUrlPaths() {
        assertThat(IsoDates.fromUrl("https://x.com/world/2024/11/20/story-slug/").localIso()).isEqualTo("2024-11-20");
        assertThat(IsoDates.fromUrl("https://x.com/2024-11-20-story")).isNotNull();
        assertThat(IsoDates.fromUrl("https://x.com/item/12345678")).isNull();
    }

    @Test
    void findsUrlDatesWithMonthNamesAndOtherSeparators() {
        assertThat(IsoDates.fromUrl("https://x.org/blog/2023/october/03/wine-types/").localIso()).isEqualTo("2023-10-03");
        assertThat(IsoDates.fromUrl("https://x.fr/articles/2025-12-15+Rust+GCC").localIso()).isEqualTo("2025-12-15");
        assertThat(IsoDates.fromUrl("https://x.com/2025/12/18?ref=rss").localIso()).isEqualTo("2025-12-18");
        assertThat(IsoDates.fromUrl("https://x.com/2025/marché/18/")).isNull();
    }

    @Test
    void aShownDayKeepsTheInstantButNamesThePagesDay() {
        IsoDates.ParsedDate d = IsoDates.parse("2025-12-19T02:41:41+00:00").shownAs(java.time.LocalDate.of(2025, 12, 18));
        assertThat(d.instant()).isEqualTo(Instant.parse("2025-12-19T02:41:41Z"));
        assertThat(d.localIso()).isEqualTo("2025-12-18");
    }
}
