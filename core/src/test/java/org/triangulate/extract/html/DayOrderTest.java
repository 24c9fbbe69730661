package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.meta.DateParser;

class DayOrderTest {

    @Test
    void theLanguageAndRegionTellTheOrder() {
        assertThat(DayOrder.ofTag("en-US")).isEqualTo(DayOrder.MONTH_FIRST);
        assertThat(DayOrder.ofTag("en_GB")).isEqualTo(DayOrder.DAY_FIRST);
        assertThat(DayOrder.ofTag("en-AU")).isEqualTo(DayOrder.DAY_FIRST);
        assertThat(DayOrder.ofTag("uk")).isEqualTo(DayOrder.DAY_FIRST);
        assertThat(DayOrder.ofTag("en")).isEqualTo(DayOrder.UNKNOWN);
        assertThat(DayOrder.ofTag("")).isEqualTo(DayOrder.UNKNOWN);
    }

    @Test
    void plainEnglishFallsBackToTheRegionalLocale() {
        assertThat(DayOrder.of(Jsoup.parse("<html lang=\"en\"><head><meta property=\"og:locale\" content=\"en_US\"></head></html>")))
                .isEqualTo(DayOrder.MONTH_FIRST);
        assertThat(DayOrder.of(Jsoup.parse("<html lang=\"en\"><body></body></html>"))).isEqualTo(DayOrder.UNKNOWN);
    }

    @Test
    void readsAmbiguousSlashedDatesInTheOrderAndDropsThemWhenUnknown() {
        var m = DateParser.scan("8/1/2025").best();
        assertThat(DayOrder.ambiguous(m)).isTrue();
        assertThat(DayOrder.MONTH_FIRST.read(m).date()).hasToString("2025-08-01");
        assertThat(DayOrder.DAY_FIRST.read(m).date()).hasToString("2025-01-08");
        assertThat(DayOrder.UNKNOWN.read(m)).isNull();
        // a 12-hour clock is the American way of writing the time, so the date is month-first
        assertThat(DayOrder.UNKNOWN.read(DateParser.scan("10/12/2023 7:38:01 PM").best()).date()).hasToString("2023-10-12");
        assertThat(DayOrder.ambiguous(DateParser.scan("20/11/2024").best())).isFalse();
        assertThat(DayOrder.ambiguous(DateParser.scan("20.11.2024").best())).isFalse();
    }
}
