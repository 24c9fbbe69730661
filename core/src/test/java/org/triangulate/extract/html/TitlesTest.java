package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitlesTest {
    private static final String URL = "https://www.example-news.com/2025/12/story/";

    private static PageMetadata meta(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", URL);
        return MetadataExtractor.extract(doc, URL);
    }

    @Test
    void theVisibleHeadlineBeatsARewordedSeoTitle() {
        PageMetadata m = meta("<title>Health And Nutrition Trends For 2026 - Tastewise</title>"
                        + "<meta property=\"og:site_name\" content=\"tastewise\">",
                "<article><h1 class=\"hero-title\">Top 10 Health and Nutrition Trends to Watch</h1><p>Text.</p></article>");
        assertThat(m.title()).isEqualTo("Top 10 Health and Nutrition Trends to Watch");
        assertThat(m.provenance().get("title")).isEqualTo("h1 (matches <title>; site suffix removed)");
    }

    @Test
    void anH1SetInCapitalsYieldsToTheMetadataTitleInTheWritersCase() {
        PageMetadata m = meta("<meta property=\"og:title\" content=\"Best Drip Coffee Maker 2026: Buying Tips From Pros\">",
                "<article><h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM PROS</h1><p>Text.</p></article>");
        assertThat(m.title()).isEqualTo("Best Drip Coffee Maker 2026: Buying Tips From Pros");
        assertThat(m.provenance().get("title")).isEqualTo("og:title (the matching h1 is set in capitals)");
        // a capitalised acronym alone is not a headline set in capitals
        assertThat(Titles.inCapitals("NASA")).isFalse();
        assertThat(Titles.inCapitals("NASA CEO")).isTrue();
        assertThat(Titles.inCapitals("NASA Names Its CEO")).isFalse();
    }

    @Test
    void anH1SharingNoWordsWithTheMetadataTitleIsASectionNotTheHeadline() {
        PageMetadata m = meta("<meta property=\"og:title\" content=\"Cybersecurity Sector Update–Fall 2025\">",
                "<main><h1>M&amp;A Updates</h1><h2>Cybersecurity Sector Update–Fall 2025</h2><p>Text.</p></main>");
        assertThat(m.title()).isEqualTo("Cybersecurity Sector Update–Fall 2025");
        assertThat(m.provenance().get("title")).isEqualTo("og:title");
    }

    @Test
    void aBlogNameH1IsTheSiteNotTheHeadline() {
        PageMetadata m = meta("<title>Engora Data Blog: Small adventures with small language models</title>"
                        + "<meta property=\"og:title\" content=\"Small adventures with small language models\">",
                "<header><h1 class=\"title\">Engora Data Blog</h1></header><div class=\"post\"><h3>Small adventures "
                        + "with small language models</h3><h1>Small is the new large</h1><p>Text.</p></div>");
        assertThat(m.title()).isEqualTo("Small adventures with small language models");
    }

    @Test
    void anH1ThatMatchesALaterCandidateWinsOverTheFirst() {
        PageMetadata m = meta("<meta property=\"og:title\" content=\"Robomow\">"
                        + "<meta property=\"og:site_name\" content=\"Robomow\">"
                        + "<meta name=\"twitter:title\" content=\"Which robotic lawnmower is suitable for which lawn size? | Robomow\">",
                "<h1>Which robotic lawnmower is suitable for which lawn size?</h1>");
        assertThat(m.title()).isEqualTo("Which robotic lawnmower is suitable for which lawn size?");
        assertThat(m.provenance().get("title")).isEqualTo("twitter:title; site suffix removed");
    }

    @Test
    void aDateLabelOrSourceNotePrintedIntoTheH1IsDropped() {
        assertThat(meta("<meta property=\"og:title\" content=\"Preparing a transition in Debusine\">",
                "<article><header><h1>Dec 18 2025 Preparing a transition in Debusine</h1></header></article>").title())
                .isEqualTo("Preparing a transition in Debusine");
        PageMetadata m = meta("<meta property=\"og:title\" content=\"Best Social Media Agencies in 2025 | Silverback\">"
                        + "<meta property=\"og:site_name\" content=\"Silverback\">",
                "<h1 class=\"headline\">Blog: Best Social Media Agencies in 2025</h1>");
        assertThat(m.title()).isEqualTo("Best Social Media Agencies in 2025");
        assertThat(m.provenance().get("title")).startsWith("h1 without its kicker");
        assertThat(meta("<title>Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot</title>",
                "<h1 class=\"story\">Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87</h1>").title())
                .isEqualTo("Grads Find Their Degrees No Longer Guarantee Jobs");
    }

    @Test
    void shortLabelsAfterPipesInTheH1AreDroppedButASubtitleIsKept() {
        assertThat(Titles.withoutPipeLabels("Best Residential Movers in NYC 2025 | Top 19 Companies"))
                .isEqualTo("Best Residential Movers in NYC 2025");
        assertThat(Titles.withoutPipeLabels("How to help toddlers sleep | Patient Education | UC Davis Health"))
                .isEqualTo("How to help toddlers sleep");
        assertThat(Titles.withoutPipeLabels("Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the Market"))
                .isEqualTo("Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the Market");
        PageMetadata m = meta("<meta property=\"og:title\" content=\"How meditation rewires brains | Opinion\">",
                "<h1>How meditation rewires brains | Opinion</h1>");
        assertThat(m.title()).isEqualTo("How meditation rewires brains");
    }

    @Test
    void repairsMojibakeInTheH1() {
        PageMetadata m = meta("<meta property=\"og:title\" content=\"A DIY Investor’s Guide to Retirement Calculators\">",
                "<h1>A DIY Investorâ\u0080\u0099s Guide to Retirement Calculators</h1>");
        assertThat(m.title()).isEqualTo("A DIY Investor’s Guide to Retirement Calculators");
    }

    @Test
    void anH1IsTheTitleWhenThePageHasNoMetadataTitle() {
        PageMetadata m = meta("", "<article><h1>Why neon glows</h1><p>Text.</p></article>");
        assertThat(m.title()).isEqualTo("Why neon glows");
        assertThat(m.provenance().get("title")).isEqualTo("h1 (no metadata title)");
    }

    @Test
    void aJsonLdHeadlineCutAt110CharactersYieldsToTheFullOgTitle() {
        String full = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions "
                + "(Including One Universal Trick That 9/10 Works)";
        PageMetadata m = meta("<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\""
                        + full.substring(0, 108) + "\"}</script><meta property=\"og:title\" content=\"" + full
                        + " - Emily Henderson\"><meta property=\"og:site_name\" content=\"Emily Henderson\">",
                "<p>Text.</p>");
        assertThat(m.title()).isEqualTo(full);
        assertThat(m.provenance().get("title")).contains("json-ld headline cut short");
    }

    @Test
    void questionMarksForLostCharactersInTheH1YieldToTheMetadataText() {
        PageMetadata m = meta("<meta property=\"og:title\" content=\"What Are The Basics Of Event Planning: Beginner's Guide\">",
                "<h1 class=\"entry-title\">What Are The Basics Of Event Planning? Beginner? Guide</h1>");
        assertThat(m.title()).isEqualTo("What Are The Basics Of Event Planning: Beginner's Guide");
        assertThat(Titles.lostCharacters("Is it safe?", "Is it safe")).isFalse();
    }

    @Test
    void aHeadingMarkedAsTheHeadlineBeatsMetadataWhenTheH1IsTheSiteName() {
        PageMetadata m = meta("<title>A journal and blog of a woodworking beginner - Jan's Blog</title>"
                        + "<meta property=\"og:site_name\" content=\"Jan's Blog\">",
                "<div id=\"branding\"><h1>Jan's Blog</h1></div><article><header><h2 class=\"entry-title\" "
                        + "itemprop=\"headline\">About Jan’s beginner woodworking blog and this journal</h2></header>"
                        + "<p>Text.</p></article><aside><h2 class=\"entry-title\">Other post</h2></aside>");
        assertThat(m.title()).isEqualTo("About Jan’s beginner woodworking blog and this journal");
        assertThat(m.provenance().get("title")).isEqualTo("h2[itemprop=headline] (matches <title>; site suffix removed)");
    }

    @Test
    void oneSharedWordOrWordsSharedOnlyWithTheSiteNameAreNoMatch() {
        // Readability's test page: dc:title first among the meta tags, an unrelated h1
        PageMetadata m = meta("<title>Title Element</title><meta property=\"dc:title\" content=\"My title\">",
                "<h1>Test document title</h1>");
        assertThat(m.title()).isEqualTo("My title");
        String t = "Conversations with a Cryptid - Chapter 1 | Boku no Hero Academia [Archive of Our Own]";
        assertThat(meta("<title>" + t + "</title>", "<div id=\"header\"><h1 class=\"heading\">Archive of Our Own "
                + "beta</h1></div>").title()).isEqualTo(t);
    }

    @Test
    void theTitlePartTheArticleH1RepeatsIsKeptNotTheBannerH1() {
        PageMetadata m = meta("<title>Outside the web: standalone WebAssembly binaries · V8</title>",
                "<header><h1>V8</h1></header><main><article><header><h1 itemprop=\"headline\">Outside the web: "
                        + "standalone WebAssembly binaries</h1></header><p>Text.</p></article></main>");
        assertThat(m.title()).isEqualTo("Outside the web: standalone WebAssembly binaries");
    }
}
