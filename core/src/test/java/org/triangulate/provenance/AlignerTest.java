package org.triangulate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triangulate.Snippets;

class AlignerTest {
    private static final String SOURCE = "Russia may also be open to withdrawing from the relatively small patches "
            + "of territory it holds in the Kharkiv and Mykolaiv regions, in the north and south of Ukraine, two of "
            + "the officials said. The future of Crimea itself is not up for discussion, all the Russian officials "
            + "said.";

    private static Aligner.Match best(String sentence) {
        var src = Aligner.prepare(Snippets.article("src", SOURCE));
        var copy = Aligner.prepare(Snippets.article("copy", sentence));
        return Aligner.align(copy, src)[0];
    }

    @Test
    void verbatimSentence() {
        assertThat(best("The future of Crimea itself is not up for discussion, all the Russian officials said.")
                .kind()).isEqualTo(PassageKind.VERBATIM);
    }

    @Test
    void copyWithEditsIsNearVerbatim() {
        assertThat(best("Russia may be open to withdrawing from the relatively small patches of territory it "
                + "controls in the Kharkiv and Mykolaiv regions, two of the officials said.").kind())
                .isEqualTo(PassageKind.NEAR_VERBATIM);
    }

    @Test
    void retellingIsParaphrase() {
        assertThat(best("Russia may be open to withdrawing from small areas of territory it controls in the "
                + "Kharkiv and Mykolaiv regions, located in the north and south of Ukraine, as stated by two of the "
                + "officials.").kind()).isIn(PassageKind.PARAPHRASE, PassageKind.NEAR_VERBATIM);
        assertThat(best("Kharkiv and Mykolaiv holdings could be given up, officials indicated to the agency "
                + "correspondents in the north and south.").matched()).isTrue();
    }

    @Test
    void unrelatedSentenceDoesNotMatch() {
        assertThat(best("The new doctrine marks a significant revision of Moscow’s nuclear policy.").matched())
                .isFalse();
    }

    @Test
    void britishAndAmericanSpellingsMatch() {
        var a = Aligner.prepare(Snippets.article("a", "And the missile authorisation is a very dangerous escalation "
                + "on the part of the United States."));
        var b = Aligner.prepare(Snippets.article("b", "And the missile authorization is a very dangerous escalation "
                + "on the part of the United States."));
        assertThat(Aligner.align(a, b)[0].kind()).isEqualTo(PassageKind.VERBATIM);
    }
}
