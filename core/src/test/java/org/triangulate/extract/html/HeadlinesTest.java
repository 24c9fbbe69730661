package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

    private static List<String> texts(String body) {
        return Headlines.h1s(Jsoup.parse("<html><body class=\"wp-singular wp-custom-logo\">" + body + "</body></html>"))
                .stream().map(Headlines.Heading::text).toList();
    }

    @Test
    void skipsLogoMenuSearchAndHiddenH1s() {
        String body = "<header class=\"site-header\"><div class=\"site-branding\"><h1>Happily Connected</h1></div>"
                + "<h1 class=\"logo\"><a href=\"/\">Playful Tones</a></h1></header>"
                + "<div class=\"mobile-menu\"><h1>Browse</h1></div><h1 class=\"screen-reader\" hidden>Search</h1>"
                + "<nav><h1>Sections</h1></nav><dialog><h1>Select an option</h1></dialog>"
                + "<main><article><h1 class=\"entry-title\">Wedding Planning Tools</h1><p>Text.</p></article></main>"
                + "<footer><h1>Contact us</h1></footer>";
        // "wp-custom-logo" on <body> names a theme feature; it does not make every h1 a logo
        assertThat(texts(body)).containsExactly("Wedding Planning Tools");
    }

    @Test
    void skipsScreenReaderLabelsAndMarksTheArticleArea() {
        List<Headlines.Heading> hs = Headlines.h1s(Jsoup.parse("<body><h1>Menu</h1><h1>Post navigation</h1>"
                + "<div class=\"hero\"><h1>Affordable nutrition</h1></div>"
                + "<article><h1>Why neon glows</h1></article></body>"));
        assertThat(hs).extracting(Headlines.Heading::text).containsExactly("Affordable nutrition", "Why neon glows");
        assertThat(hs).extracting(Headlines.Heading::inArticle).containsExactly(false, true);
    }

    @Test
    void aDekNestedInTheH1IsNotPartOfTheHeadline() {
        assertThat(texts("<main><h1><div><p>Tax 101: Understanding the basics</p>"
                + "<h4>A guide to the types of taxes Americans pay</h4></div></h1></main>"))
                .containsExactly("Tax 101: Understanding the basics");
        assertThat(texts("<main><h1>The Best Notion Alternatives<span class=\"block text-sm\">Top Note-taking Tools"
                + "</span></h1></main>")).containsExactly("The Best Notion Alternatives");
        // an h1 that is nothing but a nested heading keeps it
        assertThat(texts("<main><h1><div><h2>Why neon glows</h2></div></h1></main>")).containsExactly("Why neon glows");
    }
}
