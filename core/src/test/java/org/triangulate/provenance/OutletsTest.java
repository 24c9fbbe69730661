package org.triangulate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletsTest {
    @Test
    void normalisesAliasesToOneName() {
        assertThat(Outlets.normalise("NYT")).isEqualTo("The New York Times");
        assertThat(Outlets.normalise("the New York Times")).isEqualTo("The New York Times");
        assertThat(Outlets.normalise("AP")).isEqualTo("Associated Press");
        assertThat(Outlets.normalise("The Associated Press")).isEqualTo("Associated Press");
        assertThat(Outlets.normalise("AFP")).isEqualTo("Agence France-Presse");
        assertThat(Outlets.normalise("Reuters")).isEqualTo("Reuters");
    }

    @Test
    void keepsUnknownNamesWithoutLeadingArticle() {
        assertThat(Outlets.normalise("the Daily Planet")).isEqualTo("Daily Planet");
        assertThat(Outlets.normalise(" ")).isNull();
        assertThat(Outlets.known("Caliber.Az")).isFalse();
        assertThat(Outlets.known("the BBC")).isTrue();
    }
}
