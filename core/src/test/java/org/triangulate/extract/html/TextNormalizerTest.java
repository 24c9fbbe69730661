package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    /** The plain definition {@code collapse} must keep: whitespace runs to one space, trimmed. */
    private static String reference(String s) {
        StringBuilder b = new StringBuilder();
        boolean space = true;
        for (char c : s.toCharArray()) {
            boolean ws = Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
            if (ws) {
                if (!space) b.append(' ');
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.setLength(b.length() - 1);
        return b.toString();
    }

    @Test
    void collapsesAndTrims() {
        assertThat(TextNormalizer.collapse("  Jane \t\n Doe\u00A0 ")).isEqualTo("Jane Doe");
        assertThat(TextNormalizer.collapse("Jane\u2003Doe")).isEqualTo("Jane Doe");
        assertThat(TextNormalizer.collapse("")).isEmpty();
        String clean = "Already clean text";
        assertThat(TextNormalizer.collapse(clean)).isSameAs(clean);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void collapseMatchesTheReferenceOnRandomText(long seed) {
        Random r = new Random(seed);
        char[] alphabet = {'a', 'Z', '1', '.', ' ', ' ', ' ', '\t', '\n', '\r', '\u00A0', '\u200B', '\uFEFF', '\u2003',
                '\u3000', '\u2007', '\u0001', '\u0085', 'é', 'я'};
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int j = 0; j < n; j++) sb.append(alphabet[r.nextInt(alphabet.length)]);
            String s = sb.toString();
            assertThat(TextNormalizer.collapse(s)).as("collapse(%s)", s.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(reference(s));
        }
    }
}
