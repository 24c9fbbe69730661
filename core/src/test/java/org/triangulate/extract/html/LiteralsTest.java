package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LiteralsTest {
    private static final String[] PARTS = {"Comment", "side", "BAR", "most", "-", "popular", "post", "text", "x", " ",
            "ad", "-ad-", "İ", "K", "menu", "main", "_", "Share", "bio", "author", "12"};

    /** Seeded random class strings: the substring search answers as the regex does, for each word list. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void answersAsTheRegexDoes(long seed) {
        Random r = new Random(seed);
        for (Pattern p : new Pattern[] {Signals.UNLIKELY, Signals.UNLIKELY_EXTRA, Signals.UNLIKELY_LAYOUT, Signals.MAYBE}) {
            Literals l = Literals.of(p);
            for (int i = 0; i < 2_000; i++) {
                StringBuilder sb = new StringBuilder();
                for (int j = r.nextInt(8); j >= 0; j--) sb.append(PARTS[r.nextInt(PARTS.length)]);
                String s = sb.toString();
                assertThat(l.in(Literals.lower(s))).as(p + " on " + s).isEqualTo(p.matcher(s).find());
            }
        }
    }

    @Test
    void refusesPatternsThatAreNotPlainWords() {
        assertThatThrownBy(() -> Literals.of(Pattern.compile("^hid$|menu", Pattern.CASE_INSENSITIVE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Literals.of(Pattern.compile("menu"))).isInstanceOf(IllegalArgumentException.class);
    }
}
