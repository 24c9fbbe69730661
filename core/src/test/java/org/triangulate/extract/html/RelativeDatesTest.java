package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {
    private static final Instant FETCHED = Instant.parse("2024-11-20T10:18:06Z");

    @Test
    void minutesAndHoursGiveATimeDaysOnlyADay() {
        assertThat(RelativeDates.parse("Published 3 hours ago", FETCHED).localIso()).isEqualTo("2024-11-20T07:18Z");
        assertThat(RelativeDates.parse("an hour ago", FETCHED).localIso()).isEqualTo("2024-11-20T09:18Z");
        assertThat(RelativeDates.parse("vor 20 Minuten", FETCHED).localIso()).isEqualTo("2024-11-20T09:58Z");
        assertThat(RelativeDates.parse("2 години тому", FETCHED).localIso()).isEqualTo("2024-11-20T08:18Z");
        assertThat(RelativeDates.parse("il y a 2 jours", FETCHED).localIso()).isEqualTo("2024-11-18");
        assertThat(RelativeDates.parse("Yesterday", FETCHED).localIso()).isEqualTo("2024-11-19");
    }

    @Test
    void weeksMonthsAndYearsAreTooCoarse() {
        assertThat(RelativeDates.parse("3 weeks ago", FETCHED)).isNull();
        assertThat(RelativeDates.parse("2 months ago", FETCHED)).isNull();
    }

    @Test
    void needsAFetchTimeAndSkipsUpdatesAndWidgets() {
        var doc = Jsoup.parse("<div class=\"sidebar\"><span class=\"time\">1 hour ago</span></div>"
                + "<p class=\"meta\">Updated 2 hours ago</p><p class=\"meta\">Posted 5 hours ago</p>");
        assertThat(RelativeDates.find(doc, null)).isNull();
        RelativeDates.Found f = RelativeDates.find(doc, FETCHED);
        assertThat(f.text()).isEqualTo("5 hours ago");
        assertThat(f.date().localIso()).isEqualTo("2024-11-20T05:18Z");
    }
}
