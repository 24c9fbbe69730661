package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.Snippets;
import org.triangulate.extract.Article;

class QuoteFinderTest {
    private static List<QuoteFinder.Found> quotes(Article a) {
        return QuoteFinder.find(a, EntityFinder.find(List.of(a)));
    }

    @Test
    void curlyQuoteSplitBySpeakerBetweenTwoParts() {
        var a = Snippets.article("a", "Russian President Vladimir Putin spoke on Nov 7.",
                "“Putin has already said that freezing the conflict will not work in any way,” Kremlin spokesman "
                        + "Dmitry Peskov told Reuters hours before the strikes. “And the missile authorisation is a "
                        + "very dangerous escalation on the part of the United States.”");
        var q = quotes(a);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speaker()).isEqualTo("Dmitry Peskov");
        assertThat(q.get(0).attribution()).isEqualTo("Kremlin spokesman Dmitry Peskov told Reuters");
        assertThat(q.get(1).speaker()).isEqualTo("Dmitry Peskov");
        assertThat(q.get(1).rule()).contains("continues");
    }

    @Test
    void surnameResolvesToFullNameAndNextParagraphContinues() {
        var a = Snippets.article("a", "Russian President Vladimir Putin said this month that a deal should "
                        + "reflect the “realities” on the ground.",
                "“If there is no neutrality, it is difficult to imagine the existence of any good-neighbourly "
                        + "relations between Russia and Ukraine,” Putin told the Valdai discussion group on Nov 7.",
                "“Why? Because this would mean that Ukraine will be constantly used as a tool in the wrong hands.”");
        var q = quotes(a);
        assertThat(q).extracting(QuoteFinder.Found::speaker).containsOnly("Vladimir Putin");
        assertThat(q.get(q.size() - 1).text()).startsWith("Why? Because");
    }

    @Test
    void straightQuotesWithMissingOpeningMark() {
        var a = Snippets.article("a", "\"If there is no neutrality, it is difficult to imagine good relations "
                + "between Russia and Ukraine,\" Putin told the Valdai discussion group on November 7. Why? Because "
                + "this would mean that Ukraine will be used as a tool,\" Putin said at the Valdai group.");
        var q = quotes(a);
        assertThat(q).extracting(QuoteFinder.Found::text).containsExactly(
                "If there is no neutrality, it is difficult to imagine good relations between Russia and Ukraine",
                "Why? Because this would mean that Ukraine will be used as a tool");
        assertThat(q).extracting(QuoteFinder.Found::speaker).containsOnly("Putin");
    }

    @Test
    void speakerBeforeQuoteAppositionAndAnonymousSources() {
        var a = Snippets.article("a",
                "Trump’s communications director Steven Cheung told Reuters about the incoming US president: “He "
                        + "is the only person who can bring both sides together.”",
                "Dmitri Peskov, the Kremlin’s spokesman, said Russia was ready for talks, but only for “the "
                        + "achievement of its own goals.”",
                "“He really is willing to stop at the current positions,” a former senior Russian official told "
                        + "The New York Times.");
        var q = quotes(a);
        assertThat(q.get(0).speaker()).isEqualTo("Steven Cheung");
        assertThat(q.get(1).speaker()).isEqualTo("Dmitri Peskov");
        assertThat(q.get(2).speaker()).isEqualTo("a former senior Russian official");
        assertThat(q.get(2).attribution()).isEqualTo("a former senior Russian official told The New York Times");
    }

    @Test
    void pronounInPreviousParagraphResolvesToLastPerson() {
        var a = Snippets.article("a", "Dimitri Simes, who emigrated to the United States in 1973, said a "
                        + "ceasefire could be struck swiftly.",
                "But a lasting deal would be extremely challenging to forge, he added.",
                "“A grand bargain, in my view, would be very difficult to reach.”");
        assertThat(quotes(a)).singleElement().extracting(QuoteFinder.Found::speaker).isEqualTo("Dimitri Simes");
    }

    @Test
    void definiteDescriptionRefersBackToAnonymousSpeaker() {
        var a = Snippets.article("a", "“He really is willing to stop at the current positions,” a former senior "
                + "Russian official told The New York Times. “He’s not willing to retreat one meter,” the former "
                + "official added.");
        assertThat(quotes(a)).extracting(QuoteFinder.Found::speaker)
                .containsExactly("a former senior Russian official", "a former senior Russian official");
    }

    @Test
    void quotedTitlesAreNotQuotes() {
        var a = Snippets.article("a", "Her film credits include \"Van Wilder\" and \"The Big Lebowski.\"");
        assertThat(quotes(a)).isEmpty();
    }
}
