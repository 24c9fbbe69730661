package org.triangulate.testkit.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TokenScoresTest {

    @Test
    void tokensAreLowerCasedWithPunctuationRemoved() {
        assertThat(TokenScores.tokens("“Hello,” she said — twice… (ok)"))
                .containsExactly("hello", "she", "said", "twice", "ok");
    }

    @Test
    void bagCountsRepeatedTokensAsAMultiset() {
        TokenScores.Prf s = TokenScores.bag("the the cat", "the cat sat");
        assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void emptySidesFollowTheReadme() {
        assertThat(TokenScores.bag("", "").f1()).isEqualTo(1.0);
        assertThat(TokenScores.bag("", "text").f1()).isEqualTo(0.0);
        assertThat(TokenScores.bag("text", "").f1()).isEqualTo(0.0);
    }

    @Test
    void shinglesPenaliseReordering() {
        assertThat(TokenScores.bag("a b c d e", "e d c b a").f1()).isEqualTo(1.0);
        assertThat(TokenScores.shingles("a b c d e", "e d c b a").f1()).isEqualTo(0.0);
    }
}
