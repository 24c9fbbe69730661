package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorsTest {

    /** Runs the choice as MetadataExtractor does: meta tags by lower-cased key, the first JSON-LD article as main. */
    private static Authors.Choice choose(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        Map<String, String> meta = MetadataExtractor.metaTags(doc);
        List<JsonNode> ld = JsonLd.objects(doc);
        JsonNode article = ld.stream().filter(JsonLd::isArticle).findFirst().orElse(null);
        return Authors.choose(doc, meta, ld, article, article);
    }

    private static String ld(String author) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"author\":" + author + "}</script>";
    }

    @Test
    void aPersonInJsonLdWins() {
        Authors.Choice c = choose(ld("[{\"@type\":\"Person\",\"name\":\"Stella Kim\"},{\"@type\":\"Person\",\"name\":"
                + "\"Jennifer Jett\"},{\"@type\":\"Person\",\"name\":\"Stella Kim\"}]")
                + "<meta name=\"author\" content=\"NBC News\">", "<p class=\"byline\">By Someone Else</p>");
        assertThat(c.name()).isEqualTo("Stella Kim, Jennifer Jett");
        assertThat(c.source()).isEqualTo("json-ld author");
    }

    @Test
    void aUserNameInJsonLdYieldsToTheVisibleByline() {
        Authors.Choice c = choose(ld("{\"@type\":\"Person\",\"name\":\"andrew.keaveney\"}"),
                "<article><h1>Meditation</h1><div class=\"author-info\"><img src=\"a.webp\" alt=\"\"> <span>Denise Everheart"
                        + "</span></div></article>");
        assertThat(c.name()).isEqualTo("Denise Everheart");
        assertThat(c.source()).endsWith("(over a user name in json-ld author)");
    }

    @Test
    void theSiteNameAsAuthorYieldsToTheVisibleBylineAndIsKeptWithoutOne() {
        String head = "<meta property=\"og:site_name\" content=\"One Tree Planted\">"
                + "<meta name=\"author\" content=\"One Tree Planted\">";
        Authors.Choice c = choose(head, "<h1>How to Reduce Waste</h1><div class=\"my-meta\"><span><a href=\"/search?q=mw\">"
                + "by Meaghan Weeden</a></span></div>");
        assertThat(c.name()).isEqualTo("Meaghan Weeden");
        assertThat(c.source()).contains("over the site's name in meta author");
        Authors.Choice alone = choose(head, "<h1>How to Reduce Waste</h1><p>Text.</p>");
        assertThat(alone.name()).isEqualTo("One Tree Planted");
        assertThat(alone.source()).isEqualTo("meta author (the site's name; no other byline)");
    }

    @Test
    void aNameLeftEmptyBeforeTheSiteIsTidiedAndTheSiteCreditDropped() {
        Authors.Choice c = choose("<meta property=\"og:site_name\" content=\"USA TODAY\">"
                        + ld("{\"@type\":\"Person\",\"name\":\", USA TODAY\"}"),
                "<h1>New movies</h1><div class=\"byline-section\"><span class=\"author\"><a href=\"/staff/1/brian-truitt/\">"
                        + "Brian Truitt</a></span> <span class=\"credit\">USA TODAY</span></div>");
        assertThat(c.name()).isEqualTo("Brian Truitt");
        assertThat(Authors.withoutSite("Jane Doe | Example News", Set.of("example news"))).isEqualTo("Jane Doe");
        assertThat(Authors.withoutSite("Example News", Set.of("example news"))).isEqualTo("Example News");
        assertThat(Authors.withoutSite("Mayank Gupta, CEO of CaseBasix", Set.of("casebasix")))
                .isEqualTo("Mayank Gupta, CEO of CaseBasix");
        assertThat(Authors.withoutSite("Laura / House Plant House", Set.of("house plant house")))
                .isEqualTo("Laura / House Plant House");
    }

    @Test
    void placeholdersAndCreditLinesAreSkipped() {
        Authors.Choice c = choose("<meta name=\"author\" content=\"content: MarketingSherpa, design: Scott McDaniel, code: "
                        + "Steve Beger\">", "<div id=\"content_authors\">by <span class=\"author\"><a href=\"#bio\">Daniel Burstein"
                        + "</a>, Senior Director, Content &amp; Marketing, MarketingSherpa and MECLABS Institute</span></div>");
        assertThat(c.name()).isEqualTo("Daniel Burstein");
        assertThat(choose("<meta name=\"author\" content=\"NOC Admin\">", "<p>Text.</p>").name()).isNull();
        assertThat(choose("<meta name=\"author\" content=\"page.head.extra.author\">", "<p>Text.</p>").name()).isNull();
        assertThat(choose(ld("{\"@type\":\"Person\",\"name\":\"undefined\"}"), "<p>Text.</p>").name()).isNull();
    }

    @Test
    void dublinCoreComesBeforeTheAuthorTag() {
        Authors.Choice c = choose("<meta property=\"dc:creator twitter:site_name\" content=\"Creator Name\">"
                + "<meta name=\"author\" content=\"FAIL\">", "");
        assertThat(c.name()).isEqualTo("Creator Name");
        assertThat(c.source()).isEqualTo("meta dc:creator");
    }

    @Test
    void citationAuthorsAreAllReadFirstNameFirst() {
        Authors.Choice c = choose("<meta name=\"citation_author\" content=\"Roy, Aniruddha\">"
                + "<meta name=\"citation_author\" content=\"Patel, Jyoti\">", "");
        assertThat(c.name()).isEqualTo("Aniruddha Roy, Jyoti Patel");
        assertThat(Authors.firstLast("Jong, Michiel de")).isEqualTo("Michiel de Jong");
        assertThat(Authors.firstLast("Jane Doe")).isEqualTo("Jane Doe");
    }

    @Test
    void readsYoastsWrittenByReadingAid() {
        Authors.Choice c = choose("<meta name=\"twitter:label1\" content=\"Written by\">"
                + "<meta name=\"twitter:data1\" content=\"Erin Spain\"><meta name=\"twitter:label2\" content=\"Est. reading time\">"
                + "<meta name=\"twitter:data2\" content=\"1 minute\">", "<p>Text.</p>");
        assertThat(c.name()).isEqualTo("Erin Spain");
        assertThat(c.source()).isEqualTo("meta twitter:data1 (\"Written by\")");
    }

    @Test
    void aProfileUrlGivesANameOnlyWhenNothingElseDoes() {
        String head = "<meta property=\"article:author\" content=\"https://example.com/author/jane-doe/\">";
        Authors.Choice c = choose(head, "<p>Text.</p>");
        assertThat(c.name()).isEqualTo("Jane Doe");
        assertThat(c.source()).contains("the name in a profile URL");
        assertThat(choose(head, "<h1>Title</h1><p>By Jane Q. Doe</p>").name()).isEqualTo("Jane Q. Doe");
    }

    @Test
    void aDomainAsAuthorYieldsToTheVisibleByline() {
        String head = "<meta name=\"author\" content=\"elmundo.es\">";
        Authors.Choice c = choose(head, "<h1>Cae en Francia</h1><p class=\"byline\">Por Ana Ruiz</p>");
        assertThat(c.name()).isEqualTo("Ana Ruiz");
        assertThat(c.source()).contains("over a domain name in meta author");
        assertThat(choose(head, "<h1>Cae en Francia</h1><p>Texto.</p>").source()).contains("a domain name; no other byline");
    }

    @Test
    void aPublishingCompanyAsAuthorYieldsToTheVisibleByline() {
        String head = "<meta name=\"author\" content=\"Ediciones El País\">";
        Authors.Choice c = choose(head, "<h1>Las listas de espera</h1><p class=\"byline\">Por Ana Ruiz</p>");
        assertThat(c.name()).isEqualTo("Ana Ruiz");
        assertThat(c.source()).contains("over a company's name in meta author");
        assertThat(choose(head, "<h1>Las listas</h1><p>Texto.</p>").name()).isEqualTo("Ediciones El País");
    }
}
