package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DateScopeTest {

    @Test
    void aDateInATeaserCardBelongsToTheLinkedStory() {
        var doc = Jsoup.parse("<h1>Which website builder is best?</h1><div class=\"grid\"><a href=\"/blog/growing-your-practice\">"
                + "<div class=\"card-date\">March 13, 2026</div><h2>Growing your practice</h2></a></div>", "https://example.com/blog/builders");
        assertThat(DateScope.teaser(doc.selectFirst(".card-date"))).isEqualTo(DateScope.Teaser.OTHER);
        assertThat(DateScope.foreign(doc.selectFirst(".card-date"), DateScope.FOREIGN)).isTrue();
    }

    @Test
    void aListingOfThisVeryPageIsItsOwnDate() {
        var doc = Jsoup.parse("<div class=\"post-item\"><h4><a href=\"https://example.com/blog/pixel-ui/\">Pixel UI</a></h4>"
                + "<time datetime=\"2025-12-02\">December 02, 2025</time></div>", "https://example.com/blog/pixel-ui");
        assertThat(DateScope.teaser(doc.selectFirst("time"))).isEqualTo(DateScope.Teaser.SELF);
    }

    @Test
    void aBlockLinkingToSeveralStoriesIsNotTheDatesCard() {
        var doc = Jsoup.parse("<div><span class=\"published\">Published On: 15 August 2025</span>"
                + "<h4><a href=\"/a\">Story A</a></h4><h4><a href=\"/b\">Story B</a></h4></div>", "https://example.com/c");
        assertThat(DateScope.teaser(doc.selectFirst(".published"))).isEqualTo(DateScope.Teaser.NONE);
    }

    @Test
    void bylinesAndAuthorLinksAreNotStories() {
        var doc = Jsoup.parse("<h1>Top electrical companies</h1><div class=\"meta\"><div><h3><a href=\"https://www.linkedin.com/in/cw\">"
                + "By Claire Wilson</a></h3></div><div class=\"d\">Published Apr 26, 2023</div></div>", "https://example.com/c");
        assertThat(DateScope.teaser(doc.selectFirst(".d"))).isEqualTo(DateScope.Teaser.NONE);
    }

    @Test
    void todaysDateWidgetsAndPageFootersAreForeignButAnArticlesOwnFooterIsNot() {
        var doc = Jsoup.parse("<p id=\"todays-date\"><strong>Friday</strong>, December 19, 2025</p>"
                + "<article><h1>Remote work</h1><footer class=\"author__meta\">By Tariq <span class=\"d\">March 30, 2023</span>"
                + "</footer><p>Text.</p></article><footer><span class=\"f\">© 2025</span></footer>");
        assertThat(DateScope.foreign(doc.selectFirst("#todays-date"), DateScope.FOREIGN)).isTrue();
        assertThat(DateScope.foreign(doc.selectFirst(".d"), DateScope.FOREIGN)).isFalse();
        assertThat(DateScope.foreign(doc.selectFirst(".f"), DateScope.FOREIGN)).isTrue();
    }
}
