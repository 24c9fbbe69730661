package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireCreditsTest {
    private static final String STORY = "Officials said on Monday that at least 40 people had been evacuated.";

    @Test
    void theReportersOfAClosingCreditAreTheByline() {
        assertThat(WireCredits.byline(List.of(STORY, "Reporting by Ana Ruiz; Editing by Tom Lee"))).isEqualTo("Ana Ruiz");
        assertThat(WireCredits.byline(List.of(STORY, "Reporting by Ana Ruiz in Manila and Tom Lee in Hanoi; Writing by "
                + "Kim Park; Editing by Mark Heinrich", "Our Standards: The Thomson Reuters Trust Principles.")))
                .isEqualTo("Ana Ruiz, Tom Lee");
        assertThat(WireCredits.byline(List.of(STORY, "(Reporting by Ana Ruiz; editing by Tom Lee)"))).isEqualTo("Ana Ruiz");
    }

    @Test
    void editorsContributorsAndSentencesAreNoByline() {
        assertThat(WireCredits.byline(List.of(STORY, "Additional reporting by Ana Ruiz; Editing by Tom Lee"))).isNull();
        assertThat(WireCredits.byline(List.of(STORY, "Editing by Tom Lee"))).isNull();
        assertThat(WireCredits.byline(List.of(STORY, "Reporting by local media suggested the toll was higher."))).isNull();
        assertThat(WireCredits.byline(List.of("Reporting by Ana Ruiz", STORY, STORY, STORY))).as("only at the end").isNull();
    }
}
