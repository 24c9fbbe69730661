package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentSelectorTest {
    private static final String PARA = "Consulting is demanding work, and the hours are long, but the training, the "
            + "people and the problems make it one of the best first jobs for someone who likes to learn quickly.";

    private static Element select(String bodyHtml) {
        Document doc = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>");
        DomCleaner.clean(doc, true);
        ContentScorer scorer = new ContentScorer(true);
        return ContentSelector.select(scorer.score(doc), scorer);
    }

    /** A page-builder widget: the text sits six levels below the column that holds the article. */
    private static String widget(String inner) {
        return "<div class=\"el-element\"><div class=\"el-widget-container\"><div class=\"el-text\"><div>"
                + "<div class=\"inner\"><div class=\"wrap\">" + inner + "</div></div></div></div></div></div>";
    }

    @Test
    void anArticleSplitIntoDeeplyNestedModulesIsTakenWhole() {
        StringBuilder column = new StringBuilder("<div class=\"el-column\"><div class=\"el-widget-wrap\">");
        // one accordion panel with commas outscores each plain module
        column.append(widget("<div class=\"accordion-content\"><p>" + PARA.replace(" ", ", ") + "</p></div>"));
        for (int i = 1; i <= 8; i++) {
            column.append(widget("<h2>Part " + i + "</h2><p>" + PARA + " Module " + i + ".</p>"));
        }
        column.append("</div></div>");
        String side = "<div class=\"el-column\"><ul><li><a href=\"/a\">Coaching programme</a></li>"
                + "<li><a href=\"/b\">Case interview prep</a></li></ul></div>";
        Element article = select("<div class=\"el-section\">" + column + side + "</div>");
        assertThat(article.text()).contains("Module 1.", "Module 8.").doesNotContain("Coaching programme");
    }

    @Test
    void aSiblingModuleOfTheSameClassHoldingProseJoinsTheArticle() {
        String module = "<div class=\"cms-module widget\">";
        Element article = select("<div class=\"page\">" + module + "<p>" + PARA + "</p><p>" + PARA + "</p><p>" + PARA
                + "</p><p>" + PARA + "</p></div>" + module + "<div class=\"faq\"><h2>FAQs</h2><div class=\"q\"><h3>"
                + "Is it worth it?</h3><div class=\"a\"><div><p>" + PARA + " The answer is yes.</p></div></div></div>"
                + "</div></div><div class=\"cms-module widget\"><a href=\"/x\">Book a call</a></div></div>");
        assertThat(article.text()).contains("The answer is yes.");
    }

    @Test
    void pageBuilderIdsAreNotPartOfAContainersKindButGridClassesAre() {
        assertThat(ContentSelector.sharedClass("elementor-element elementor-element-98fbbca e-con e-parent"))
                .isEqualTo("elementor-element e-con e-parent");
        assertThat(ContentSelector.sharedClass("fusion-fullwidth fusion-builder-row-2 fusion-flex-container"))
                .isEqualTo("fusion-fullwidth fusion-flex-container");
        assertThat(ContentSelector.sharedClass("post post-143647 type-post")).isEqualTo("post type-post");
        assertThat(ContentSelector.sharedClass("copy col-14 offset-sm-1 my-2")).isEqualTo("copy col-14 offset-sm-1 my-2");
    }

    @Test
    void aBuilderSectionHoldingTheIntroJoinsTheBodyButNotTheHeaderOrTheAuthorBox() {
        String header = "<div class=\"el-element el-element-1a2b3c4 e-parent\"><div class=inner><h1>Service styles</h1>"
                + "<p>" + PARA + " The dek of the header.</p></div></div>";
        String intro = "<div class=\"el-element el-element-98fbbca e-parent\"><div class=inner><div class=text>"
                + "<p>" + PARA + " Intro one.</p><p>" + PARA + " Intro two.</p></div></div></div>";
        StringBuilder body = new StringBuilder("<div class=\"el-element el-element-fb50472 e-parent\"><div class=inner>"
                + "<div class=text>");
        for (int i = 1; i <= 12; i++) {
            body.append("<h2>Style ").append(i).append("</h2><p>").append(PARA).append(" Body ").append(i).append(".</p>");
        }
        body.append("</div><div class=faq><p>Short FAQ.</p></div></div></div>");
        String author = "<div class=\"el-element el-element-77aa0d1 e-parent\"><div class=\"about-author-box\"><p>" + PARA
                + " The author bio.</p><p>" + PARA + "</p></div></div>";
        Element article = select("<div class=page>" + header + intro + body + author + "</div>");
        assertThat(article.text()).contains("Intro one.", "Intro two.", "Body 1.", "Body 12.")
                .doesNotContain("The dek of the header.", "The author bio.");
        assertThat(article.text().indexOf("Intro two.")).isLessThan(article.text().indexOf("Body 1."));
    }

    @Test
    void aBodySplitIntoNumberedPartsInWrappersOfTheirOwnIsJoinedInPageOrder() {
        StringBuilder second = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            second.append("<p class=text>").append(PARA).append(" Part two, paragraph ").append(i).append(".</p>");
        }
        Element article = select("<article class=story><h1>Yahoo's sale</h1>"
                + "<div class=story-body-supplemental><div class=\"story-body story-body-1\"><p class=text>" + PARA
                + " Part one opens.</p><p class=text>" + PARA + " Part one closes.</p></div></div>"
                + "<div class=ad><p>Advertisement</p></div>"
                + "<div class=story-body-supplemental><div class=\"story-body story-body-2\">" + second + "</div>"
                + "<figure><img src=a.jpg><figcaption>Remain Co. will hold the Alibaba stock.</figcaption></figure></div>"
                + "<div class=story-body-supplemental><div class=\"story-body story-body-3\"><p class=text><a href=/more>"
                + "More on mergers</a></p></div></div></article>");
        String text = article.text();
        assertThat(text).contains("Part one opens.", "Part one closes.", "paragraph 12.")
                .doesNotContain("Advertisement", "More on mergers");
        assertThat(text.indexOf("Part one closes.")).isLessThan(text.indexOf("Part two, paragraph 1."));
    }

    @Test
    void proseBeforeTheChosenBlockInsideTheArticleIsItsIntro() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 24; i++) body.append("<h2>Trend ").append(i).append("</h2><p>").append(PARA).append("</p>");
        Element article = select("<article><h1>Data trends</h1><div class=body-intro><div id=intro><p>" + PARA
                + " Intro one.</p><p>" + PARA + " Intro two.</p></div><div class=cta><a href=/demo>Book a demo</a></div>"
                + "<div>" + body + "</div></div></article>");
        String text = article.text();
        assertThat(text).contains("Intro one.", "Intro two.", "Trend 24").doesNotContain("Book a demo", "Data trends");
        assertThat(text.indexOf("Intro two.")).isLessThan(text.indexOf("Trend 1"));
        Element outside = select("<div class=page><div id=intro><p>" + PARA + " Promo one.</p><p>" + PARA
                + " Promo two.</p></div><div>" + body + "</div></div>");
        assertThat(outside.text()).as("without a declared article the rule does not apply").doesNotContain("Promo one.");
    }
}
