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
        PublishDates.Found f = find("<h1>Gains accelerate</h1><p>Text.</p>", "https://example.com/world/2024/11/20/gains/");
        assertThat(f.published().localIso()).isEqualTo("2024-11-20");
        assertThat(f.publishedSource()).isEqualTo("url path");
    }

    @Test
    void anEarlierPrintedPublicationBeatsTheMetadatasRepublication() {
        PublishDates.Found f = find("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":"
                + "\"2025-11-29T12:28:31-05:00\"}</script><h1>Free accounting tools</h1>"
                + "<div class=\"published\">Published <time pubdate datetime=\"2025-08-13\">August 13, 2025</time></div>", null);
        assertThat(day(f.published())).isEqualTo(LocalDate.of(2025, 8, 13));
        assertThat(f.publishedSource()).contains("earlier than json-ld datePublished");
    }

    @Test
    void aLaterPrintedDateIsAnUpdateAndTheMetadataStays() {
        PublishDates.Found f = find("<meta property=\"article:published_time\" content=\"2013-03-11T11:11:07-07:00\">"
                + "<h1>Food myths</h1><section class=\"byline\"><time datetime=\"2023-03-20T00:00:00-07:00\">March 20, 2023</time>"
                + "</section>", null);
        assertThat(day(f.published())).isEqualTo(LocalDate.of(2013, 3, 11));
    }

    @Test
    void aUtcTimestampTakesThePagesOwnOffsetOrShownDay() {
        PublishDates.Found f = find("<meta property=\"article:published_time\" content=\"2025-12-19T03:05:00+00:00\">"
                + "<h1>Evangelists</h1><div class=\"post-date\"><time datetime=\"2025-12-18T19:05:00-08:00\">December 18, 2025</time>"
                + "</div>", null);
        assertThat(f.published().localIso()).isEqualTo("2025-12-18T19:05-08:00");
        PublishDates.Found byUrl = find("<meta property=\"article:published_time\" content=\"2025-12-19T02:41:41+00:00\">"
                + "<h1>Comfort watches</h1>", "https://example.com/2025/12/18/comfort-watches/");
        assertThat(byUrl.published().localIso()).isEqualTo("2025-12-18");
        assertThat(byUrl.published().instant()).hasToString("2025-12-19T02:41:41Z");
    }

    @Test
    void readsJsonLdInCdataAndTextualValues() {
        PublishDates.Found f = find("<script type=\"application/ld+json\"> <![CDATA[ {\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-12-06T22:00:40.000Z\"} ]]> </script>"
                + "<meta property=\"article:published_time\" content=\"2024-12-07T12:43:39.889Z\">", null);
        assertThat(f.published().localIso()).isEqualTo("2024-12-06T22:00:40Z");
        PublishDates.Found text = find("<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"datePublished\":"
                + "\"Dec 18, 2025\"}</script>", null);
        assertThat(day(text.published())).isEqualTo(LocalDate.of(2025, 12, 18));
    }

    @Test
    void aVideosUploadDateAndATodayWidgetAreNotThePagesDate() {
        PublishDates.Found f = find("<p id=\"todays-date-custom\"><strong>Friday</strong>, December 19, 2025</p><h1>Bread</h1>"
                + "<div itemscope itemtype=\"https://schema.org/VideoObject\"><meta itemprop=\"uploadDate\" "
                + "content=\"2024-01-06T16:10:58.000Z\"><meta itemprop=\"datePublished\" content=\"2024-01-06\"></div>", null);
        assertThat(f.published()).isNull();
    }

    @Test
    void otherPublicationMetaKeysGiveTheirEarliestValue() {
        PublishDates.Found f = find("<meta name=\"published-time\" content=\"2026-03-09T08:45:32Z\">"
                + "<meta name=\"published-date\" content=\"2021-02-16\"><meta name=\"modified-date\" content=\"2024-07-30\">", null);
        assertThat(day(f.published())).isEqualTo(LocalDate.of(2021, 2, 16));
    }

    @Test
    void anUpdatedTimeElementIsTheModificationEvenWithAPublishedClass() {
        PublishDates.Found f = find("<h1>Car maintenance</h1><div class=\"date-time\"><time class=\"published-date\" "
                + "datetime=\"2025-04-10T06:00\"><span>Updated April 10, 2025</span></time></div>", null);
        assertThat(f.published()).isNull();
        assertThat(day(f.modified())).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    @Test
    void aRecentPostsListingOfThisPageIsTheLastResort() {
        PublishDates.Found f = find("<h1>Pixel UI</h1><p>Text.</p><div class=\"sidebar\"><div class=\"post-item\"><h4>"
                + "<a href=\"https://example.com/blog/pixel-ui\">Pixel UI</a></h4><time datetime=\"2025-12-02\">December 02, 2025</time>"
                + "</div><div class=\"post-item\"><h4><a href=\"https://example.com/blog/other\">Other</a></h4>"
                + "<time datetime=\"2025-11-02\">November 02, 2025</time></div></div>", "https://example.com/blog/pixel-ui");
        assertThat(day(f.published())).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(f.publishedSource()).startsWith("listing of this page");
    }

    @Test
    void theLastModificationIsTheLatestOfMetadataAndPrintedUpdates() {
        PublishDates.Found f = find("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2025-06-17\","
                + "\"dateModified\":\"2025-06-17\"}</script><h1>Blockchain trends</h1><p class=\"info\">Updated Dec 18, 2025 · 12 min read</p>", null);
        assertThat(day(f.modified())).isEqualTo(LocalDate.of(2025, 12, 18));
        assertThat(day(f.published())).isEqualTo(LocalDate.of(2025, 6, 17));
        PublishDates.Found older = find("<meta property=\"article:modified_time\" content=\"2025-11-06T15:10:54+00:00\">"
                + "<h1>Project management</h1><date class=\"post-date\">Updated on Jul 4, 2024</date>", null);
        assertThat(day(older.modified())).isEqualTo(LocalDate.of(2025, 11, 6));
    }

    @Test
    void markupNamingTheChangedDateMakesItAModification() {
        PublishDates.Found f = find("<h1>Pests</h1><div class=\"field field--name-changed\"><time datetime=\"2026-02-12T14:36:23-05:00\">"
                + "February 12, 2026</time></div>", null);
        assertThat(f.published()).isNull();
        PublishDates.Found wp = find("<h1>Pests</h1><span class=\"posted-on\"><time class=\"entry-date published updated\" "
                + "datetime=\"2026-02-12T14:36:23-05:00\">February 12, 2026</time></span>", null);
        assertThat(day(wp.published())).isEqualTo(LocalDate.of(2026, 2, 12));
    }
}
