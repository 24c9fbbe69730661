package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

class HtmlExtractorTest {
    private static final String PARA = "Russian forces have captured more territory in Ukraine this year than in "
            + "any year since the invasion, according to analysts, who said the pace of the advance had picked up.";

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static RawDocument html(String html) {
        return new RawDocument("page.html", Format.HTML, html.getBytes(StandardCharsets.UTF_8), null,
                "https://news.example.com/world/2024/11/20/story/", null, Map.of());
    }

    private static String page(String head, String article) {
        return "<!doctype html><html lang=\"en-GB\"><head>" + head + "</head><body>"
                + "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<div class=\"cookie-banner\">We use cookies to improve your experience, accept all cookies.</div>"
                + "<main><article>" + article + "</article></main>"
                + "<aside class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/a\">Another story about "
                + "something else entirely, with a long enough headline</a></li></ul></aside>"
                + "<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>";
    }

    @Test
    void aVisiblePersonBylineBeatsAnOrganisationAuthorAndAUserName() throws ExtractionException {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Gains\","
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}</script>";
        String body = "<h1>Gains</h1><p class=\"byline\">By Naila Huseynova</p><p>" + PARA + "</p><p>" + PARA + "</p>";
        Article a = extractor.extract("a1", html(page(ld, body)));
        assertThat(a.byline()).isEqualTo("Naila Huseynova");
        assertThat(a.provenance().get("byline")).contains("over an organisation");

        Article b = extractor.extract("a2", html(page("<meta name=\"author\" content=\"nhuseynova\">", body)));
        assertThat(b.byline()).isEqualTo("Naila Huseynova");
        Article c = extractor.extract("a3", html(page("<meta name=\"author\" content=\"nhuseynova\">",
                "<h1>Gains</h1><p>" + PARA + "</p><p>" + PARA + "</p>")));
        assertThat(c.byline()).as("a user name is kept when the page shows no byline").isEqualTo("nhuseynova");
    }

    @Test
    void keepsArticleParagraphsHeadingsAndListsAndDropsBoilerplate() throws ExtractionException {
        String body = "<h1>Russia's gains accelerate</h1><p>" + PARA + "</p><h2>What analysts say</h2><p>" + PARA
                + " Second paragraph, with more detail.</p><ul><li>Kupiansk, a town in the east</li>"
                + "<li>Pokrovsk, a logistics hub</li></ul><figure><img src=\"a.jpg\"><figcaption>Soldiers at a "
                + "position. Photo: Reuters</figcaption></figure><p>" + PARA + " Third.</p>"
                + "<div class=\"share-buttons\"><a href=\"#\">Share on X</a></div>";
        Article a = extractor.extract("a1", html(page("<title>Russia's gains accelerate | Example News</title>"
                + "<meta property=\"og:site_name\" content=\"Example News\">", body)));
        assertThat(a.paragraphs()).contains("What analysts say", "Kupiansk, a town in the east",
                "Pokrovsk, a logistics hub");
        assertThat(a.paragraphs()).anyMatch(p -> p.endsWith("Third."));
        assertThat(a.text()).doesNotContain("Home", "cookies", "Related stories", "Copyright", "Share on X",
                "Photo: Reuters");
        assertThat(a.title()).isEqualTo("Russia's gains accelerate");
        assertThat(a.outlet()).isEqualTo("Example News");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.provenance()).containsEntry("language", "html lang");
    }

    @Test
    void readsJsonLdDatesAndAuthorsWithProvenance() throws ExtractionException {
        String head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Example\"},{\"@type\":\"NewsArticle\",\"headline\":\"Gains "
                + "accelerate\",\"datePublished\":\"2024-11-20T11:01:00+02:00\",\"dateModified\":"
                + "\"2024-11-21T08:00:00+02:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Naila Huseynova\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Post\"}}]}</script>"
                + "<meta property=\"article:published_time\" content=\"2020-01-01T00:00:00Z\">"
                + "<link rel=\"canonical\" href=\"https://example.com/gains\">";
        Article a = extractor.extract("a1", html(page(head, "<p>" + PARA + "</p><p>" + PARA + "</p>")));
        assertThat(a.published()).isEqualTo(Instant.parse("2024-11-20T09:01:00Z"));
        assertThat(a.publishedLocal()).isEqualTo("2024-11-20T11:01+02:00");
        assertThat(a.modified()).isEqualTo(Instant.parse("2024-11-21T06:00:00Z"));
        assertThat(a.byline()).isEqualTo("Naila Huseynova");
        assertThat(a.outlet()).isEqualTo("Example Post");
        assertThat(a.url()).isEqualTo("https://example.com/gains");
        assertThat(a.provenance()).containsEntry("published", "json-ld datePublished")
                .containsEntry("byline", "json-ld author").containsEntry("url", "link rel=canonical");
    }

    @Test
    void fallsBackToTheUrlDateAndNeverToUnrelatedWidgets() throws ExtractionException {
        String body = "<p>" + PARA + "</p><aside><time datetime=\"2019-05-05\">May 5, 2019</time></aside>";
        Article a = extractor.extract("a1", html(page("", body)));
        assertThat(a.publishedLocal()).isEqualTo("2024-11-20");
        assertThat(a.provenance()).containsEntry("published", "url path");
    }

    @Test
    void rejectsAPublicationDateAfterTheFetchTime() throws ExtractionException {
        String head = "<meta property=\"article:published_time\" content=\"2030-01-01T00:00:00Z\">";
        byte[] bytes = page(head, "<p>" + PARA + "</p><p>" + PARA + "</p>").getBytes(StandardCharsets.UTF_8);
        RawDocument doc = new RawDocument("p.html", Format.HTML, bytes, null, null,
                Instant.parse("2024-11-21T00:00:00Z"), Map.of());
        Article a = extractor.extract("a1", doc);
        assertThat(a.published()).isNull();
        assertThat(a.provenance().get("published")).startsWith("rejected 2030-01-01");
    }

    @Test
    void readsARelativeDatelineOnlyAgainstTheFetchTime() throws ExtractionException {
        byte[] bytes = page("", "<p class=\"byline\">By Jane Doe · 3 hours ago</p><p>" + PARA + "</p><p>" + PARA + "</p>")
                .getBytes(StandardCharsets.UTF_8);
        RawDocument fetched = new RawDocument("p.html", Format.HTML, bytes, null, null,
                Instant.parse("2024-11-21T12:00:00Z"), Map.of());
        Article a = extractor.extract("a1", fetched);
        assertThat(a.published()).isEqualTo(Instant.parse("2024-11-21T09:00:00Z"));
        assertThat(a.provenance().get("published")).startsWith("relative '3 hours ago'");
        Article unknown = extractor.extract("a1", new RawDocument("p.html", Format.HTML, bytes, null, null, null, Map.of()));
        assertThat(unknown.published()).isNull();
    }

    @Test
    void decodesWindows1251PagesWhateverTheDeclaration() throws ExtractionException {
        String text = "Російські війська захопили більше території в Україні цього року, ніж у будь-якому році "
                + "від початку вторгнення, кажуть аналітики, які відстежують лінію фронту щодня.";
        String html = "<html lang=uk><head><meta charset=\"utf-8\"><title>Новини</title></head><body><article><p>"
                + text + "</p><p>" + text + "</p></article></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1251"));
        Article a = extractor.extract("a1", new RawDocument("p.html", Format.HTML, bytes, null, null, null, Map.of()));
        assertThat(a.text()).contains("Російські війська");
        assertThat(a.provenance().get("charset")).startsWith("windows-1251");
        assertThat(a.language()).isEqualTo("uk");
    }

    @Test
    void emptyInputIsAClearError() {
        assertThatThrownBy(() -> extractor.extract("a1", html(""))).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void binaryInputIsAClearError() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 256);
        }
        RawDocument doc = new RawDocument("x.bin", Format.HTML, bytes, null, null, null, Map.of());
        assertThatThrownBy(() -> extractor.extract("a1", doc)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void pageWithoutBodyTextIsAClearError() {
        assertThatThrownBy(() -> extractor.extract("a1", html("<html><head><title>x</title></head><body>"
                + "<nav><a href=/>Home</a></nav><img src=a.png></body></html>")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("no main text");
    }

    @Test
    void twentyMegabytePageCompletes() throws ExtractionException {
        StringBuilder b = new StringBuilder(21_000_000).append("<html><body><div class=\"content\">");
        int i = 0;
        while (b.length() < 20_000_000) {
            b.append("<div class=\"c").append(i % 7).append("\"><p>").append(PARA).append(" Item ").append(i++)
                    .append(".</p><ul><li><a href=\"/x").append(i).append("\">link ").append(i).append("</a></li></ul></div>");
        }
        b.append("</div></body></html>");
        Article a = extractor.extract("big", html(b.toString()));
        assertThat(a.paragraphs()).hasSizeGreaterThan(1000);
    }

    @Test
    void linksDrawnAsButtonsAreCallsToActionNotText() throws ExtractionException {
        String body = "<h1>Gains</h1><p>" + PARA + "</p><p><a class=\"btn btn-primary\" href=\"/demo\">Book a demo</a>"
                + "</p><p>" + PARA + " <a href=\"/report\">The full report</a> has more.</p>";
        Article a = extractor.extract("a1", html(page("<title>Gains</title>", body)));
        assertThat(String.join("\n", a.paragraphs())).doesNotContain("Book a demo").contains("The full report");
    }

    @Test
    void textShippedInAHiddenContainerIsUsedWhenTheVisiblePageHasNone() throws ExtractionException {
        String body = "<div id=\"app\"></div><div hidden class=\"ssr\"><article><p>" + PARA + "</p><p>" + PARA
                + "</p><p>" + PARA + "</p></article></div>";
        Article a = extractor.extract("a1", html("<html><body>" + body + "</body></html>"));
        assertThat(a.text()).contains("Russian forces");
        assertThat(a.provenance().get("text")).startsWith("html main-content pass keep-hidden");
    }

    @Test
    void noPassRendersMoreTextThanThePageHolds() {
        var doc = org.jsoup.Jsoup.parse("<p>One  two</p><div>three<img src=a.png>four</div>");
        assertThat(HtmlExtractor.textCeiling(doc)).isGreaterThanOrEqualTo("One two".length() + "three four".length());
        assertThat(HtmlExtractor.textCeiling(org.jsoup.Jsoup.parse("<div><img src=a.png></div>"))).isLessThan(5);
    }

    @Test
    void aBigPageOfLinkListsSkipsTheClassRulePassesAndStillGivesItsText() throws ExtractionException {
        assertThat(HtmlExtractor.hasProse(org.jsoup.Jsoup.parse("<ul><li><a href=/a>" + PARA + "</a></li></ul>"))).isFalse();
        assertThat(HtmlExtractor.hasProse(org.jsoup.Jsoup.parse("<div class=menu><p>" + PARA + "</p></div>"))).isTrue();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            body.append("<div class=\"menu-").append(i).append("\"><ul><li><a href=\"/s/").append(i)
                    .append("\">Item number ").append(i).append("</a></li></ul></div>");
        }
        Article a = extractor.extract("links", html("<html><body>" + body + "</body></html>"));
        assertThat(a.provenance().get("text")).startsWith("html main-content pass no-conditional-clean");
        assertThat(a.text()).contains("Item number 11999");
    }

    @Test
    void theLeadParagraphsPlaceDatelineIsRecordedWithItsRule() throws ExtractionException {
        String body = "<h1>Gains</h1><p class=\"kicker\">World</p><p>KYIV, Nov 20 (Reuters) - " + PARA + "</p><p>"
                + PARA + "</p><p>WASHINGTON — " + PARA + "</p>";
        Article a = extractor.extract("a1", html(page("", body)));
        assertThat(a.dateline()).isEqualTo("KYIV");
        assertThat(a.provenance()).containsEntry("dateline",
                "upper-case place before a dash at the start of the lead paragraph");

        Article b = extractor.extract("a2", html(page("", "<p>" + PARA + "</p><p>WASHINGTON — " + PARA + "</p>")));
        assertThat(b.dateline()).as("a dateline further down is another story's").isNull();
        assertThat(b.provenance()).doesNotContainKey("dateline");
    }

    @Test
    void aShortPageBodyIsNotTradedForTheDisclaimersInThePageFooter() throws ExtractionException {
        String disclaimer = "<p>This material is not intended to replace the advice of a qualified advisor. Information"
                + " has been obtained from sources believed to be reliable, and is for informational purposes only.</p>";
        String html = "<html><body><div class=page><div class=col><h1>Rental guide</h1><p>A good risk management safety "
                + "program requires proper screening of prospective renters, so that only qualified drivers operate "
                + "your vehicles.</p><p>Key topics discussed in the guide include reporting losses.</p></div></div>"
                + "<footer class=site-footer><div class=footer-text>" + disclaimer.repeat(5) + "</div></footer></body></html>";
        Article a = extractor.extract("a1", html(html));
        assertThat(String.join(" ", a.text())).contains("proper screening", "reporting losses")
                .doesNotContain("qualified advisor");
    }

    @Test
    void withoutADeclaredSiteNameTheOutletIsTheTitlesSuffixWhenItNamesTheHost() throws ExtractionException {
        String body = "<h1>Russian advance gathers pace</h1><p>" + PARA + "</p><p>" + PARA + "</p>";
        Article a = extractor.extract("s1", html(page("<title>Russian advance gathers pace | Example</title>", body)));
        assertThat(a.outlet()).isEqualTo("Example");
        assertThat(a.provenance()).containsEntry("outlet", "title suffix");
        Article other = extractor.extract("s2", html(page("<title>Russian advance gathers pace | Daily Planet</title>", body)));
        assertThat(other.outlet()).isEqualTo("news.example.com");
    }

    @Test
    void aClientRenderedPageReadsItsNoscriptFallback() throws ExtractionException {
        String html = "<html lang=\"en\"><head><title>Russian advance gathers pace</title></head><body><div id=root></div>"
                + "<noscript><img src=\"https://px.example/t.gif\"></noscript><noscript><h1>Russian advance gathers pace"
                + "</h1><p>" + PARA + "</p><p>" + PARA + "</p><p>" + PARA + "</p></noscript><script>app()</script></body></html>";
        Article a = extractor.extract("ns", html(html));
        assertThat(a.text()).startsWith("Russian forces have captured");
        assertThat(a.provenance().get("text")).contains("noscript");
        assertThatThrownBy(() -> extractor.extract("ns2", html("<html><body><div id=root></div><noscript>Please enable"
                + " JavaScript to use this site.</noscript></body></html>"))).isInstanceOf(ExtractionException.class);
    }

    @Test
    void aFramesetSaysWhereItsTextIs() {
        assertThatThrownBy(() -> extractor.extract("f", html("<html><head><title>Frames</title></head><frameset cols=\"50%,50%\">"
                + "<frame src=\"menu.html\"><frame src=\"story.html\"></frameset></html>")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("frameset").hasMessageContaining("story.html");
    }
}
