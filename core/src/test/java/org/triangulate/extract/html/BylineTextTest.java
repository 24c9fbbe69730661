package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineTextTest {

    @Test
    void rejectsLabelsDatesAndNumbersAsNames() {
        assertThat(BylineText.clean("Posted by:")).isNull();
        assertThat(BylineText.clean("Sat, 20 Dec, 2025 - 06:36")).isNull();
        assertThat(BylineText.clean("262588213843476")).isNull();
        assertThat(BylineText.clean("By Jon Onley")).isEqualTo("Jon Onley");
    }

    @Test
    void tellsUserNamesFromPersonNames() {
        assertThat(BylineText.looksLikeHandle("andrew.keaveney")).isTrue();
        assertThat(BylineText.looksLikeHandle("kffnirmitap")).isTrue();
        assertThat(BylineText.looksLikeHandle("Nirmita Panchal")).isFalse();
        assertThat(BylineText.looksLikeHandle("Reuters")).isFalse();
    }
}
