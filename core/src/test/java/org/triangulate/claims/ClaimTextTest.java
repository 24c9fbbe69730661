package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimTextTest {
    @Test
    void foldsTransliterations() {
        assertThat(ClaimText.foldName("Zaporizhzhia")).isEqualTo(ClaimText.foldName("Zaporizhia"));
        assertThat(ClaimText.foldName("Dmitry Peskov")).isEqualTo(ClaimText.foldName("Dmitri Peskov"));
        assertThat(ClaimText.foldName("Zelenskyy")).isEqualTo(ClaimText.foldName("Zelensky"));
        assertThat(ClaimText.foldName("Peskov")).isNotEqualTo(ClaimText.foldName("Simes"));
    }

    @Test
    void sentenceStartsSkipAbbreviations() {
        String p = "Putin spoke on Nov. 7 to U.S. guests. Peskov agreed.";
        assertThat(ClaimText.sentenceStarts(p)).containsExactly(0, p.indexOf("Peskov"));
    }

    @Test
    void distance() {
        assertThat(ClaimText.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(ClaimText.distance("abc", "abc")).isZero();
    }
}
