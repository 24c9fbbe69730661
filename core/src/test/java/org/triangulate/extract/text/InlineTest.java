package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineTest {

    @Test
    void removesRenderingResidue() {
        assertThat(Inline.clean("Under that draft, opens new tab, a copy of which Reuters has seen"))
                .isEqualTo("Under that draft, a copy of which Reuters has seen");
        assertThat(Inline.clean("“A grand bargain is far off.” (Story continues below)"))
                .isEqualTo("“A grand bargain is far off.”");
        assertThat(Inline.clean("the report (opens in a new window) said")).isEqualTo("the report said");
        assertThat(Inline.clean("  two\u00a0 spaces \t here ")).isEqualTo("two spaces here");
    }

    @Test
    void wordsCountUnspacedScripts() {
        assertThat(Inline.words("Kyiv — 26,000 sq km")).isEqualTo(4);
        assertThat(Inline.words("肉をくわえたイヌが")).isEqualTo(5);
        assertThat(Inline.words("— …")).isZero();
    }
}
