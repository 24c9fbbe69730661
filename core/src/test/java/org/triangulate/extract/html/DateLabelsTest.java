package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DateLabelsTest {

    @Test
    void theNearestLabelBeforeTheDateWins() {
        assertThat(DateLabels.of("Published Dec. 6, 2024, 10:00 PM UTC / Updated ")).isEqualTo(DateLabels.Kind.UPDATED);
        assertThat(DateLabels.of("Posted by Jane Doe on ")).isEqualTo(DateLabels.Kind.PUBLISHED);
        assertThat(DateLabels.of("This article was originally published on ")).isEqualTo(DateLabels.Kind.ORIGINAL);
        assertThat(DateLabels.of("Medically reviewed on ")).isEqualTo(DateLabels.Kind.OTHER);
        assertThat(DateLabels.of("Оновлено ")).isEqualTo(DateLabels.Kind.UPDATED);
        assertThat(DateLabels.of("By Jane Doe · ")).isEqualTo(DateLabels.Kind.NONE);
    }

    @Test
    void aLabelFarBeforeTheDateBelongsToSomethingElse() {
        assertThat(DateLabels.of("Updated daily with the latest figures from the ministry of health, by ")).isEqualTo(DateLabels.Kind.NONE);
    }

    @Test
    void readsTheLabelInASiblingElementOfTheDate() {
        var doc = Jsoup.parse("<span class=\"post-date\"><span class=\"desktop\">Last Updated</span> <span class=\"mobile\">on</span>"
                + " <span class=\"date\">Feb 27, 2026</span></span>");
        assertThat(DateLabels.of(doc.selectFirst("span.date"), 0)).isEqualTo(DateLabels.Kind.UPDATED);
        var own = Jsoup.parse("<p><time datetime=\"2025-04-10\"><span>Updated April 10, 2025</span></time></p>");
        assertThat(TextDates.kindOf(own.selectFirst("time"))).isEqualTo(DateLabels.Kind.UPDATED);
    }
}
