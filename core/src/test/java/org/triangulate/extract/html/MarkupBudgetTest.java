package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupBudgetTest {
    private static final String ARTICLE = "<article><h1>Gains</h1><p>Russian forces have captured more territory "
            + "this year than in any year since the invasion, analysts said.</p></article>";

    @Test
    void aPageWithinTheBudgetIsUntouched() {
        String html = "<html><head><script>var a = 1;</script></head><body>" + ARTICLE + "</body></html>";
        MarkupBudget.Bounded b = MarkupBudget.apply(html, 10_000, 100);
        assertThat(b.html()).isSameAs(html);
        assertThat(b.note()).isNull();
    }

    @Test
    void bulkyInlineDataBeforeTheArticleIsDroppedSoTheArticleSurvives() {
        String state = "{\"items\":[" + "{\"id\":1,\"teaser\":\"x\"},".repeat(20_000) + "{}]}";
        String html = "<html><head><style>" + ".c{margin:0}".repeat(5_000) + "</style>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Gains\"}</script>"
                + "</head><body><!-- " + "comment ".repeat(5_000) + "--><svg><path d=\"M0 0L1 1Z\"/>"
                + "<path d=\"M0 0L1 1Z\"/></svg><img src=\"data:image/png;base64," + "A".repeat(10_000) + "\">"
                + "<script>window.__STATE__=" + state + "</script>" + ARTICLE + "</body></html>";
        MarkupBudget.Bounded b = MarkupBudget.apply(html, 100_000, 1_000);
        assertThat(b.html()).contains(ARTICLE).contains("\"headline\":\"Gains\"").contains("<style></style>")
                .contains("<svg></svg>").contains("src=\"data:,\"").doesNotContain("comment ");
        assertThat(b.html()).contains("window.__STATE__={\"items\":[{\"id\":1");
        assertThat(b.html().length()).isLessThan(MarkupBudget.SCRIPT_KEEP_CHARS + 2_000);
        assertThat(b.note()).contains("dropped").doesNotContain("cut at");
    }

    @Test
    void aPageStillOverTheBudgetIsCutAtATagBoundary() {
        String html = "<html><body>" + ARTICLE + "<div class=\"comment\"><p>Nice one.</p></div>".repeat(10_000);
        MarkupBudget.Bounded b = MarkupBudget.apply(html, 50_000, 100_000);
        assertThat(b.html()).startsWith("<html><body>" + ARTICLE).hasSizeLessThanOrEqualTo(50_000).endsWith("</div>");
        assertThat(b.note()).contains("cut at " + b.html().length());
    }

    @Test
    void theTagBudgetCutsBeforeTheFirstTagOverIt() {
        String html = "<html><body>" + "<b>a</b>".repeat(1_000);
        MarkupBudget.Bounded b = MarkupBudget.apply(html, 1_000_000, 102);
        assertThat(MarkupBudget.countTags(b.html(), 0, b.html().length(), Integer.MAX_VALUE)).isEqualTo(102);
        assertThat(b.html()).endsWith("<b>a</b>");
    }

    @Test
    void oneHugeTextIsCutAtASpace() {
        String html = "<p>" + "word ".repeat(200_000);
        MarkupBudget.Bounded b = MarkupBudget.apply(html, 100_000, 1_000);
        assertThat(b.html().length()).isLessThanOrEqualTo(100_000);
        assertThat(b.html()).endsWith("word");
    }

    @Test
    void theWholePageCanBeStrippedWithoutABudget() {
        String html = "<p>Text.</p><script>var x = 1;</script><!-- note --><style>p{}</style>";
        assertThat(MarkupBudget.strip(html)).isEqualTo("<p>Text.</p><script>var x = 1;</script><style></style>");
    }
}
