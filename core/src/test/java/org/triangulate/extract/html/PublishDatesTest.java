package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PublishDatesTest {

    private static PublishDates.Found find(String html, String url) {
        return PublishDates.find(PublishDates.Page.of(Jsoup.parse(html, url == null ? "" : url), url, null));
    }

    private static LocalDate day(IsoDates.ParsedDate d) {
        return d == null ? null : d.local().toLocalDate();
    }

    @Test
    void jsonLdOfTheArticleBeatsMetaTags() {
        PublishDates.Found f = find("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-11-20T11:01:00+02:00\",\"dateModified\":\"2024-11-21T08:00:00+02:00\"}"
                + "</script><meta property=\"article:published_time\" content=\"2020-01-01T00:00:00Z\">", null);
        assertThat(f.published().localIso()).isEqualTo("2024-11-20T11:01+02:00");
        assertThat(f.publishedSource()).isEqualTo("json-ld datePublished");
        assertThat(f.modifiedSource()).isEqualTo("json-ld dateModified");
    }

    @Test
    void anUpdatedDatelineIsTheModifiedDateNeverThePublishedOne() {
        PublishDates.Found f = find("<h1>Gains accelerate</h1><p class=\"date\">Updated on July 9, 2025</p>", null);
        assertThat(f.published()).isNull();
        assertThat(day(f.modified())).isEqualTo(LocalDate.of(2025, 7, 9));
    }

    @Test
    void theUrlPathGivesTheDayWhenNothingElseDoes() {
        PublishDates.Found f = find("<h1>Gains accelerate</h1><p>Text.</p>", "https://x.com/world/2024/11/20/gains/");
        assertThat(f.published().localIso()).isEqualTo("2024-11-20");
        assertThat(f.publishedSource()).isEqualTo("url path");
    }
}
