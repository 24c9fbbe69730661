package org.triangulate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetGuessTest {
    private static final String RU = "Российские войска заняли больше территории, чем в любой год с начала вторжения.";

    @Test
    void validUtf8IsUtf8() {
        assertThat(CharsetGuess.guess(RU.getBytes(StandardCharsets.UTF_8)).method()).isEqualTo("valid utf-8");
    }

    @Test
    void cyrillicSingleByteTextIsToldApartByItsLetters() {
        CharsetGuess.Guess cp1251 = CharsetGuess.guess(RU.getBytes(Charset.forName("windows-1251")));
        assertThat(cp1251.text()).isEqualTo(RU);
        assertThat(cp1251.charset().name()).isEqualTo("windows-1251");
        CharsetGuess.Guess koi = CharsetGuess.guess(RU.getBytes(Charset.forName("KOI8-R")));
        assertThat(koi.text()).isEqualTo(RU);
        assertThat(koi.charset().name()).isEqualTo("KOI8-R");
    }

    @Test
    void westernSingleByteTextIsWindows1252() {
        String de = "Die Straße war gesperrt, während die Feuerwehr löschte.";
        CharsetGuess.Guess g = CharsetGuess.guess(de.getBytes(Charset.forName("windows-1252")));
        assertThat(g.text()).isEqualTo(de);
        assertThat(g.method()).isEqualTo("not utf-8; fallback windows-1252");
    }
}
