package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private static final String PARA = "Looking to build out your own home gym on a budget? I built mine around a "
            + "power rack, a bench, a barbell, plates and dumbbells, and it has served me well for three years.";

    private static Element article(String html) {
        return Jsoup.parseBodyFragment("<div id=\"article\">" + html + "</div>").getElementById("article");
    }

    private static String clean(Element article) {
        ArticleCleaner.clean(article, "My home gym", new ContentScorer(true), true);
        return article.text();
    }

    @Test
    void keepsPageBuilderWidgetsHoldingProseButDropsNegativeContainersWithout() {
        Element a = article("<p>" + PARA + "</p>"
                + "<div class=\"elementor-widget-container\"><p>" + PARA + " The rack came first.</p><p>" + PARA
                + "</p></div>"
                + "<div class=\"widget\"><a href=\"/shop\">Shop</a> <a href=\"/deals\">Deals</a></div>");
        String text = clean(a);
        assertThat(text).contains("The rack came first.").doesNotContain("Deals");
    }

    @Test
    void strongBoilerplateNamesAreRemovedEvenAroundProse() {
        Element a = article("<p>" + PARA + "</p><div class=\"comment-list\"><p>" + PARA + " Great post!</p><p>"
                + PARA + "</p></div>");
        assertThat(clean(a)).doesNotContain("Great post!");
    }

    @Test
    void aContainerRepeatingAnEarlierSiblingIsDropped() {
        String variant = "<div class=\"ssr-variant\"><h2>Costs</h2><p>" + PARA + "</p><p>" + PARA + "</p></div>";
        Element a = article(variant + variant.replace("ssr-variant", "ssr-variant hidden-mobile") + variant);
        String text = clean(a);
        assertThat(text.split("Costs", -1)).as("one copy of the block").hasSize(2);
    }

    @Test
    void repeatedParagraphsAreTheAuthorsOwnAndStay() {
        Element a = article("<p>" + PARA + "</p><p>" + PARA + "</p>");
        assertThat(clean(a).split("Looking to build", -1)).hasSize(3);
    }

    @Test
    void aGridOfLinkedTeasersAfterTheArticleIsDroppedButCardsBetweenParagraphsStay() {
        StringBuilder grid = new StringBuilder("<div class=\"posts\">");
        for (int i = 1; i <= 3; i++) {
            grid.append("<article class=\"post-card\"><h3><a href=\"/story-").append(i).append("\">Another story ")
                    .append(i).append("</a></h3><p>A short excerpt of another story on this site, long enough that the "
                    + "links are a small part of the card.</p></article>");
        }
        grid.append("</div>");
        String body = "<p>" + PARA + "</p><p>" + PARA + "</p><p>" + PARA + "</p><p>" + PARA + "</p>";
        assertThat(clean(article(body + grid))).doesNotContain("A short excerpt");
        assertThat(clean(article(body + grid + "<p>" + PARA + " And the last word.</p>")))
                .as("cards followed by more article text are the article's own list").contains("A short excerpt");
        assertThat(clean(article("<p>" + PARA + "</p>" + grid)))
                .as("a grid holding most of the text is the article (a listicle)").contains("A short excerpt");
    }

    @Test
    void aGridALabelIntroducesGoesEvenBeforeProseAndWithPerPostClasses() {
        StringBuilder grid = new StringBuilder("<div class=\"widget-heading\"><h2>Latest News</h2></div>"
                + "<div class=\"widget-posts\"><div class=\"posts-container\">");
        for (int i = 1; i <= 3; i++) {
            // page builders add per-post classes after the card's own
            grid.append("<article class=\"builder-post post-").append(4180 + i).append(" category-blog\"><h3><a href=\"/story-")
                    .append(i).append("\">Another story ").append(i).append("</a></h3><p>A short excerpt of another story "
                    + "on this site, long enough that the links are a small part of the card.</p></article>");
        }
        grid.append("</div></div>");
        String body = "<p>" + PARA + "</p><p>" + PARA + "</p>";
        String after = "<p>" + PARA + " A testimonial after the grid.</p>";
        assertThat(clean(article(body + grid + after))).doesNotContain("A short excerpt").contains("A testimonial");
        String unlabelled = grid.toString().replace("Latest News", "Our team");
        assertThat(clean(article(body + unlabelled + after)))
                .as("without the label, cards before more prose are the article's own").contains("A short excerpt");
    }

    @Test
    void aCardThatScoredBestDoesNotShieldItsGrid() {
        StringBuilder grid = new StringBuilder("<div class=\"posts\">");
        for (int i = 1; i <= 3; i++) {
            grid.append("<article class=\"post-card\"><h3><a href=\"/story-").append(i).append("\">Another story ")
                    .append(i).append("</a></h3><p").append(i == 1 ? " " + Signals.CORE_MARK : "")
                    .append(">A short excerpt of another story on this site, long enough that the links are a small part "
                            + "of the card.</p></article>");
        }
        grid.append("</div>");
        String body = "<p>" + PARA + "</p><p>" + PARA + "</p><p>" + PARA + "</p><p>" + PARA + "</p>";
        assertThat(clean(article(body + grid))).doesNotContain("A short excerpt");
    }

    @Test
    void theBestScoredCandidateIsNeverCleanedAwayForItsClassName() {
        Element a = article("<section class=\"newsletter-content\" " + Signals.CORE_MARK + "><p>" + PARA
                + " Issue 94.</p><p>" + PARA + "</p></section>");
        String text = clean(a);
        assertThat(text).contains("Issue 94.");
        assertThat(a.select(Signals.CORE)).as("the mark is gone from the output").isEmpty();
    }

    @Test
    void linkListsBetweenParagraphsStayUnlessLabelledAsRelated() {
        String tools = "<ul><li><a href=\"https://shop.example/fluke\">Fluke 117</a></li>"
                + "<li><a href=\"https://shop.example/klein\">Klein Tools MM400</a></li></ul>";
        String related = "<p>You might also like:</p><ul><li><a href=\"/a\">Turn a changing table into a Lego table</a>"
                + "</li><li><a href=\"/b\">A modern farmhouse dining table</a></li></ul>";
        String moreOn = "<h4>More on HBS:</h4><ul><li><a href=\"/c\">Best strategies for the HBS Essay</a></li>"
                + "<li><a href=\"/d\">Guide to the Harvard Business School Interview</a></li></ul>";
        String text = clean(article("<p>" + PARA + "</p>" + tools + "<p>" + PARA + "</p>" + related + "<p>" + PARA
                + "</p>" + moreOn + "<p>" + PARA + "</p>"));
        assertThat(text).contains("Klein Tools MM400").doesNotContain("Lego table").doesNotContain("HBS Essay");
    }

    @Test
    void aWeaklyNamedWrapperAroundADataTableStays() {
        StringBuilder table = new StringBuilder("<div class=\"scrollable-table\"><table><thead><tr><th>Ingredient</th>"
                + "<th>Per person</th><th>For 4</th></tr></thead><tbody>");
        for (String row : new String[] {"Celery", "Garlic", "Green beans"}) {
            table.append("<tr><td>").append(row).append("</td><td>80g</td><td>320g</td></tr>");
        }
        table.append("</tbody></table></div>");
        assertThat(clean(article("<p>" + PARA + "</p>" + table + "<p>" + PARA + "</p>"))).contains("Green beans 80g");
    }

    @Test
    void aLinkListTheTextIntroducesWithASentenceStaysButALabelledOneGoes() {
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            links.append("<li><p><a href=\"/pulls/").append(i).append("\">libgccjit: Add support for feature number ")
                    .append(i).append("</a></p></li>");
        }
        Element a = article("<p>" + PARA + "</p><div class=\"sect1\"><h2>GCC patches status</h2><div class=\"sectionbody\">"
                + "<div class=\"paragraph\"><p>Many patches were sent for review:</p></div><div class=\"ulist\"><ul>"
                + links + "</ul></div></div></div><p>" + PARA + "</p>"
                + "<div class=\"sectionbody\"><div><p>Related posts:</p></div><div><ul>" + links.toString().replace("libgccjit", "Other story")
                + "</ul></div></div>");
        String text = clean(a);
        assertThat(text).contains("Many patches were sent for review:", "libgccjit: Add support for feature number 12")
                .doesNotContain("Other story");
    }

    @Test
    void proseThatLinksItsSourcesStaysButTeaserCardsGo() {
        String cam = "<div class=\"cam\"><p>This webcam image is provided courtesy of <a href=\"/c\">Yosemite Conservancy"
                + "</a>. For permission to feature the webcams, fill out our <a href=\"/w\">webcam usage agreement form"
                + "</a> today.</p><p>You can provide for the park's future by <a href=\"/g\">making a gift to the "
                + "Conservancy</a>, which funds the cameras.</p></div>";
        String teasers = "<div class=\"cards\"><h3><a href=\"/x\">A long linked teaser title for another story here</a>"
                + "</h3><p>Short excerpt.</p><h3><a href=\"/y\">And a second linked teaser title for one more story</a>"
                + "</h3><p>Another excerpt.</p></div>";
        String text = clean(article("<p>" + PARA + "</p>" + cam + "<p>" + PARA + "</p>" + teasers));
        assertThat(text).contains("webcam usage agreement form", "making a gift").doesNotContain("second linked teaser");
    }

    @Test
    void aPageBuildersOneSentenceTextWidgetStaysButAShortCallToActionGoes() {
        Element a = article("<p>" + PARA + "</p>"
                + "<div class=\"elementor-widget-container\"><p>In selecting the best apps, I took into account several"
                + " criteria, which include:</p></div>"
                + "<div class=\"elementor-widget-container\"><p>Let us help! Call us today and we will reply soon!</p></div>"
                + "<div class=\"elementor-widget-container\"><p>It is based in Berlin. For more information, see our "
                + "<a href=/babbel>Babbel review</a>.</p></div>"
                + "<div class=\"elementor-widget-container\"><p><a href=/deals>See all of this week's language app deals"
                + " and discounts here</a>.</p></div>"
                + "<p>" + PARA + "</p>");
        assertThat(clean(a)).contains("several criteria, which include:", "see our Babbel review.")
                .doesNotContain("Let us help", "language app deals");
    }

    @Test
    void aClassSayingWhatABlockLacksDoesNotNameIt() {
        Element a = article("<div class=\"list-item image_hit no_caption\"><h2>The mother of a woman who took diet pills "
                + "bought online has described how her daughter was burning up from within.</h2><img src=a.jpg>"
                + "<p><a href=a.jpg>View this image</a></p></div><p>" + PARA + "</p>"
                + "<div class=\"list-item caption\"><p>A picture of the rack.</p></div>");
        assertThat(clean(a)).contains("burning up from within").doesNotContain("A picture of the rack.");
        assertThat(Signals.withoutNegations("content-area no-sidebar without_comments")).contains("content-area")
                .doesNotContain("sidebar", "comments");
        assertThat(Signals.withoutNegations("sidebar nocturne piano-no-1")).isEqualTo("sidebar nocturne piano-no-1");
    }

    @Test
    void aRelatedLabelLeftWithoutItsListGoesButOneIntroducingTextStays() {
        Element a = article("<h2>Choosing a rack</h2><p>" + PARA + "</p><h3>More on Wharton:</h3><h2>Buying plates</h2><p>"
                + PARA + "</p><h2>Related reading</h2><p>" + PARA.replace("Looking", "Wondering") + "</p>");
        String text = clean(a);
        assertThat(text).doesNotContain("More on Wharton").contains("Buying plates", "Related reading", "Wondering");
    }

    @Test
    void aLinkCardInsideTheStoryGoesButAReadMoreLineStays() {
        Element a = article("<p>" + PARA + "</p><div class=embed><div class=card-title>Read More</div>"
                + "<a href=/x>Floods hit region for third year</a></div><p>" + PARA + " The bench came next.</p>"
                + "<p><strong>Read more:</strong> <a href=/y>How to choose a barbell</a></p><p>" + PARA + "</p>");
        String text = clean(a);
        assertThat(text).doesNotContain("third year").contains("The bench came next.")
                .as("the label run into its link is a line of the story").contains("Read more: How to choose a barbell");
    }

    @Test
    void aLabelledCardWithTextBesidesItsLinksStays() {
        Element a = article("<p>" + PARA + "</p><div class=box><div>Related</div><p>The rack is the one piece of kit "
                + "worth buying new, <a href=/rack>our guide</a> explains why.</p></div><p>" + PARA + "</p>");
        assertThat(clean(a)).contains("worth buying new");
    }

    @Test
    void aLinkCardLabelledInAnotherLanguageGoesToo() {
        Element a = article("<p>" + PARA + "</p><div><div>Читайте також</div><a href=/y>Обстріл Херсона: загинула "
                + "жінка</a></div><p>" + PARA + " The bench came next.</p><div><p>Lire aussi :</p><a href=/z>Les crues "
                + "menacent la côte</a></div><p>" + PARA + "</p>");
        assertThat(clean(a)).doesNotContain("Херсона").doesNotContain("crues").contains("The bench came next.");
    }
}
