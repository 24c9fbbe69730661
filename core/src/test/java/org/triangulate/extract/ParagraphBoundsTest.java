package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphBoundsTest {
    private static final String SENTENCE = "Officials in Kyiv said the drones were shot down overnight. ";

    @Test
    void shortParagraphsAreLeftAlone() {
        List<String> ps = List.of("One.", "Two.");
        assertThat(ParagraphBounds.split(ps, 100)).isSameAs(ps);
        assertThat(ParagraphBounds.limit(ps, 100)).isSameAs(ps);
    }

    @Test
    void aRunOnParagraphIsSplitAfterSentencesWithoutLosingText() {
        String p = SENTENCE.repeat(100).strip();
        List<String> out = ParagraphBounds.split(List.of("Lead.", p), 1_000);
        assertThat(out).hasSizeGreaterThan(6).allMatch(s -> s.length() <= 1_000);
        assertThat(out.subList(1, out.size())).allMatch(s -> s.startsWith("Officials") && s.endsWith("overnight."));
        assertThat(String.join(" ", out)).isEqualTo("Lead. " + p);
    }

    @Test
    void textWithoutSentenceEndsIsSplitAtSpaces() {
        String p = "word ".repeat(1_000).strip();
        List<String> out = ParagraphBounds.split(List.of(p), 300);
        assertThat(out).allMatch(s -> s.length() <= 300 && s.startsWith("word") && s.endsWith("word"));
        assertThat(String.join(" ", out)).isEqualTo(p);
    }

    @Test
    void anOverlongArticleKeepsItsFirstParagraphs() {
        List<String> ps = List.of("a".repeat(40), "b".repeat(40), "c".repeat(40));
        assertThat(ParagraphBounds.limit(ps, 100)).containsExactly("a".repeat(40), "b".repeat(40));
        assertThat(ParagraphBounds.limit(List.of("x".repeat(500)), 100)).hasSize(1);
    }
}
