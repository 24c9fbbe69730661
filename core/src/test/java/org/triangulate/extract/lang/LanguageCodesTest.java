package org.triangulate.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageCodesTest {
    private final LanguageCodes codes = new LanguageCodes();

    @ParameterizedTest
    @CsvSource({"en-US,en", "EN_gb,en", "eng,en", "ukr,uk", "rus,ru", "deu,de", "ger,de", "fra,fr", "fre,fr",
            "pes,fa", "cmn,zh", "lvs,lv", "ekk,et", "nob,nb", "English,en", "Українська,uk", "iw,he",
            "ceb,ceb", "uk,uk"})
    void normalisesToIso6391(String in, String expected) {
        assertThat(codes.toIso6391(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'  '", "x-klingon-1234", "12"}, nullValues = "NULL")
    void rejectsNonLanguages(String in) {
        assertThat(codes.toIso6391(in)).isNull();
    }
}
