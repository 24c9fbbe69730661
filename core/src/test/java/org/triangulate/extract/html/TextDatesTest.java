package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextDatesTest {

    @Test
    void readsADateUnderAPublishedLabel() {
        var doc = Jsoup.parse("<div class=\"post-sidebar\"><h4>Published</h4><div>July 8, 2025</div></div>");
        TextDates d = TextDates.labelled(doc);
        assertThat(d.published()).isNotNull();
        assertThat(d.published().local().toLocalDate()).isEqualTo(LocalDate.of(2025, 7, 8));
    }

    @Test
    void ignoresLabelsInsideOtherStories() {
        var doc = Jsoup.parse("<ul class=\"related\"><li><span>Published</span><span>July 8, 2025</span></li></ul>");
        assertThat(TextDates.labelled(doc).published()).isNull();
    }

    @Test
    void readsTheDateBesideTheByline() {
        var doc = Jsoup.parse("<div class=\"details\"><p class=\"who\">Luke Kim</p><small>December 17, 2025</small></div>");
        TextDates d = TextDates.nearByline(doc.selectFirst("p.who"));
        assertThat(d.published().local().toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 17));
        var updated = Jsoup.parse("<div><p class=\"who\">Luke Kim</p><small>Updated Dec 18, 2025</small></div>");
        TextDates u = TextDates.nearByline(updated.selectFirst("p.who"));
        assertThat(u.published()).isNull();
        assertThat(u.modified()).isNotNull();
    }
}
