package org.triangulate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void keepsNumbersHyphensAndDropsPossessives() {
        assertThat(Tokenizer.words("Putin’s offer: 70-80% of 26,000 sq km, up 3.5 points."))
                .containsExactly("Putin", "offer", "70-80", "of", "26,000", "sq", "km", "up", "3.5", "points");
    }

    @Test
    void lowerWordsFoldsCase() {
        assertThat(Tokenizer.lowerWords("Donald Trump, President-elect")).containsExactly("donald", "trump",
                "president-elect");
        assertThat(Tokenizer.words("  ... ")).isEmpty();
    }
}
