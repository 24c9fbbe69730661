package org.triangulate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LightStemmerTest {
    @Test
    void conflatesInflections() {
        assertThat(LightStemmer.stem("ceasefires")).isEqualTo("ceasefire");
        assertThat(LightStemmer.stem("talks")).isEqualTo(LightStemmer.stem("talk"));
        assertThat(LightStemmer.stem("territories")).isEqualTo("territory");
        assertThat(LightStemmer.stem("reporting")).isEqualTo("report");
        assertThat(LightStemmer.stem("stopped")).isEqualTo("stop");
        assertThat(LightStemmer.stem("killed")).isEqualTo("kill");
    }

    @Test
    void leavesShortWordsAndNonWordsAlone() {
        assertThat(LightStemmer.stem("gas")).isEqualTo("gas");
        assertThat(LightStemmer.stem("crisis")).isEqualTo("crisis");
        assertThat(LightStemmer.stem("2024")).isEqualTo("2024");
    }
}
