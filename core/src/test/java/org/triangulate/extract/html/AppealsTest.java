package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AppealsTest {
    private static final String PARA = "<p>Tutoring after school raised reading scores in the district by a third of "
            + "a grade level over two years, according to a study the researchers released on Tuesday morning.</p>";
    private static final String STORY = PARA.repeat(8);
    private static final String APPEAL = "<div class=\"wp-block-group has-background\"><div class=\"inner\">"
            + "<h4>This story is funded by readers like you</h4>"
            + "<p>Our non-profit newsroom provides coverage free of charge. Your one-off or monthly donations play a "
            + "crucial role in supporting our operations.</p>"
            + "<p><a href=\"/donate\">Double my donation</a></p></div></div>";

    private static Element article(String html) {
        Element a = Jsoup.parseBodyFragment("<div id=\"article\">" + html + "</div>").getElementById("article");
        Appeals.drop(a);
        return a;
    }

    @Test
    void aFundraisingBoxAfterTheStoryGoes() {
        Element a = article(STORY + APPEAL + "<p>Republish our articles for free.</p>");
        assertThat(a.text()).contains("Tutoring after school").doesNotContain("funded by readers", "donations play");
    }

    @Test
    void theSameBoxWithTheStoryAfterItStays() {
        Element a = article(PARA + PARA + APPEAL + STORY);
        assertThat(a.text()).contains("donations play");
    }

    @Test
    void aLoneSentenceOfTheStoryAboutDonationsStays() {
        Element a = article(STORY + "<p>The school asked parents to donate now, before the fund closes in May, and "
                + "thanked those who already did.</p>");
        assertThat(a.text()).contains("donate now");
    }

    @Test
    void aPageThatIsOnlyTheAppealKeepsIt() {
        Element a = article(APPEAL);
        assertThat(a.text()).contains("donations play");
    }

    @Test
    void theAskIsWorded() {
        assertThat(Appeals.ASK.matcher("please consider pitching in what you can").find()).isTrue();
        assertThat(Appeals.ASK.matcher("Support independent journalism").find()).isTrue();
        assertThat(Appeals.ASK.matcher("Your contributions to these funds are taken out pretax").find()).isFalse();
        assertThat(Appeals.ASK.matcher("Create your gift registry").find()).isFalse();
        assertThat(Appeals.ASK.matcher("Cerebras and Groq push AI chip innovation").find()).isFalse();
    }
}
