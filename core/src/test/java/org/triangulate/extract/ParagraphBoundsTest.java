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

    @Test
    void theKindsFollowTheSplit() {
        String p = SENTENCE.repeat(100).strip();
        List<String> ps = List.of("Lead", p, " ", "Item");
        ParagraphBounds.Split split = ParagraphBounds.split(ps, List.of("h2", "p", "p", "bullet"), 1_000);
        List<String> kinds = split.kinds();
        List<String> out = split.paragraphs();
        assertThat(kinds).hasSameSizeAs(out).startsWith("h2", "p").endsWith("p", "bullet")
                .containsOnly("h2", "p", "bullet");
        assertThat(ParagraphBounds.split(ps, List.of(), 1_000).kinds()).isEmpty();
    }

    @Test
    void anArticleRefusesKindsThatDoNotMatchItsParagraphs() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Article("a", "a.html", null, null, null, null, null,
                null, null, null, null, null, null, List.of("One.", "Two."), java.util.Map.of(), List.of("p")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 kinds for 2 paragraphs");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Article("a", "a.html", null, null, null, null, null,
                null, null, null, null, null, null, List.of("One."), java.util.Map.of(), List.of("para")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown paragraph kind para");
    }
}
