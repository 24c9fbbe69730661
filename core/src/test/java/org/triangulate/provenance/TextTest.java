package org.triangulate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void splitsSentencesButNotAbbreviations() {
        assertThat(Text.sentences("Reuters reported on Nov. 20 that U.S. officials agreed. Then they left."))
                .containsExactly("Reuters reported on Nov. 20 that U.S. officials agreed.", "Then they left.");
        assertThat(Text.sentences("“Why? Because this would mean war.” He left."))
                .containsExactly("“Why?", "Because this would mean war.”", "He left.");
    }

    @Test
    void tokensAreFolded() {
        assertThat(Text.tokens("Russia’s U.S. authorisation of 26,000 km"))
                .containsExactly("russia", "us", "authorization", "of", "26000", "km");
        assertThat(Text.stem("controls")).isEqualTo(Text.stem("controlled"));
    }
}
