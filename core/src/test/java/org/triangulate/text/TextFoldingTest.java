package org.triangulate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {
    @Test
    void foldsQuotesDashesAndDiacritics() {
        assertThat(TextFolding.fold("“Kremlin’s” stance — Zaporižžja"))
                .isEqualTo("\"Kremlin's\" stance - Zaporizzja");
    }

    @Test
    void lowerCasesOnRequest() {
        assertThat(TextFolding.foldLower("NATO’s Résumé")).isEqualTo("nato's resume");
        assertThat(TextFolding.fold(null)).isEmpty();
    }
}
