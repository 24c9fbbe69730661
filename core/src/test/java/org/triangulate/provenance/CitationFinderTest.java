package org.triangulate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triangulate.Snippets;

class CitationFinderTest {
    @Test
    void toldReuters() {
        var a = Snippets.article("a", "MOSCOW — Russian President Vladimir Putin is open to discussing a Ukraine "
                + "ceasefire deal with Donald Trump, five sources with knowledge of Kremlin thinking told Reuters.");
        CitedOrigin o = CitationFinder.origin(a);
        assertThat(o.outlet()).isEqualTo("Reuters");
        assertThat(o.rule()).contains("told X");
        assertThat(o.evidence()).contains("told Reuters");
    }

    @Test
    void reportedAndAccordingToAndNewsAgency() {
        assertThat(CitationFinder.origin(Snippets.article("a", "Putin is willing to discuss a ceasefire, "
                + "Reuters reported on Nov. 20, citing five former and current Russian officials.")).outlet())
                .isEqualTo("Reuters");
        assertThat(CitationFinder.origin(Snippets.article("a", "Putin is open to a deal, the Reuters news agency "
                + "reports, citing five sources.")).outlet()).isEqualTo("Reuters");
        assertThat(CitationFinder.origin(Snippets.article("a", "According to the New York Times article, Putin "
                + "sent out feelers.")).outlet()).isEqualTo("The New York Times");
        assertThat(CitationFinder.origin(Snippets.article("a", "“He is willing,” a former senior Russian official "
                + "told The New York Times.")).outlet()).isEqualTo("The New York Times");
    }

    @Test
    void wireDatelineAndHeadline() {
        CitedOrigin o = CitationFinder.origin(Snippets.article("a", "KYIV (AP) — Ukraine said on Tuesday ..."));
        assertThat(o.outlet()).isEqualTo("Associated Press");
        assertThat(o.rule()).contains("wire dateline");
        assertThat(CitationFinder.origin(Snippets.titled("b", "NYT: Putin open to ceasefire",
                "Putin has been signalling he is open to a ceasefire.")).outlet()).isEqualTo("The New York Times");
    }

    @Test
    void relayAndPhotoCreditAreNotOrigins() {
        assertThat(CitationFinder.origin(Snippets.article("a", "He insists that Kyiv must abandon its aspirations, "
                + "according to five sources familiar with Kremlin thinking, Caliber.Az reports via foreign media.")))
                .isNull();
        assertThat(CitationFinder.origin(Snippets.article("a", "People block the entrance to the consulate on "
                + "Nov 17. (Photo: Reuters)"))).isNull();
    }

    @Test
    void mostCitedOutletWins() {
        var a = Snippets.article("a", new String[] {"The AP reported the talks.",
            "Officials told Reuters the talks failed.",
            "According to Reuters, the talks will resume. Reuters has seen the draft."});
        assertThat(CitationFinder.origin(a).outlet()).isEqualTo("Reuters");
        assertThat(CitationFinder.citations(a)).hasSize(4);
    }

    @Test
    void unknownOutletByMediaWord() {
        CitedOrigin o = CitationFinder.origin(Snippets.article("a", "The mayor resigned on Monday, the Springfield "
                + "Gazette reported."));
        assertThat(o.outlet()).isEqualTo("Springfield Gazette");
        assertThat(CitationFinder.origin(Snippets.article("a", "The Kremlin's terms reportedly include freezing "
                + "the conflict."))).isNull();
    }
}
