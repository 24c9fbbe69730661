package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void readsAuthorMarkupAndStripsPrefixAndDate() {
        var doc = Jsoup.parse("<article><h1>Budget talks stall</h1>"
                + "<p class=\"author-by-line-text\"><span>By </span>Scott Pletcher | Updated March 3, 2025</p>"
                + "<p>Body text of the story goes here.</p></article>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f).isNotNull();
        assertThat(f.name()).isEqualTo("Scott Pletcher");
        assertThat(f.source()).startsWith("markup p.author-by-line-text");
    }

    @Test
    void readsTheNameAfterALabel() {
        var doc = Jsoup.parse("<div><p class=\"k\">Written by</p><p class=\"v\">Edzel Tabing</p></div>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f).isNotNull();
        assertThat(f.name()).isEqualTo("Edzel Tabing");
    }

    @Test
    void skipsCommentAuthorsAndPageFooters() {
        var doc = Jsoup.parse("<article><p>Story.</p></article><div class=\"comments\">"
                + "<span class=\"author\">Jane Reader</span></div><footer><a rel=\"author\">Site Owner</a></footer>");
        assertThat(Bylines.find(doc)).isNull();
    }
}
