package org.triangulate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.Snippets;
import org.triangulate.cluster.Clustering;

class StandardProvenanceAnalyzerTest {
    private static final String[] ORIGINAL = {
        "Russian President Vladimir Putin is open to discussing a Ukraine ceasefire deal with Donald Trump but rules "
            + "out making any major territorial concessions, five sources told Reuters.",
        "Russia may also be open to withdrawing from the relatively small patches of territory it holds in the "
            + "Kharkiv and Mykolaiv regions, in the north and south of Ukraine, two of the officials said.",
        "The future of Crimea itself is not up for discussion, all the Russian officials said.",
        "Putin, a former KGB lieutenant colonel, took the decision to invade Ukraine himself with only limited "
            + "counsel from a tiny group of trusted advisers."};

    @Test
    void laterSubsetCopyIsNearVerbatimOfTheFullerOne() {
        var full = Snippets.dated("full", "Daily A", "2024-11-20T10:00:00Z", ORIGINAL);
        var copy = Snippets.dated("copy", "Daily B", "2024-11-20T11:00:00Z",
                "Vladimir Putin is open to discussing a Ukraine ceasefire deal with Donald Trump but rules out making "
                        + "any major territorial concessions, the Reuters news agency reports.",
                ORIGINAL[1], ORIGINAL[2]);
        Provenance p = new StandardProvenanceAnalyzer().analyze(List.of(copy, full),
                Snippets.events(List.of("copy", "full")));
        ArticleProvenance c = p.of("copy").orElseThrow();
        assertThat(c.role()).isEqualTo(Role.NEAR_VERBATIM);
        assertThat(c.copyOf()).isEqualTo("full");
        assertThat(c.coverage()).isBetween(0.4, 0.9);
        assertThat(c.explanation()).contains("near-verbatim of full");
        assertThat(p.of("full").orElseThrow().role()).isEqualTo(Role.ORIGINAL);
        EventProvenance e = p.ofEvent("e1").orElseThrow();
        assertThat(e.mostComplete()).isEqualTo("full");
        assertThat(e.originOutlet()).isEqualTo("Reuters");
    }

    @Test
    void fullCopyIsVerbatimAndEarlierIsTheSourceWhenNoOriginIsCited() {
        String[] body = {ORIGINAL[1], ORIGINAL[2], ORIGINAL[3]};
        var first = Snippets.dated("first", "Daily A", "2024-11-20T10:00:00Z", body);
        var second = Snippets.dated("second", "Daily B", "2024-11-20T12:00:00Z", body);
        Provenance p = new StandardProvenanceAnalyzer().analyze(List.of(second, first),
                Snippets.events(List.of("second", "first")));
        assertThat(p.of("second").orElseThrow().role()).isEqualTo(Role.VERBATIM);
        assertThat(p.of("second").orElseThrow().copyOf()).isEqualTo("first");
        assertThat(p.of("first").orElseThrow().role()).isEqualTo(Role.ORIGINAL);
        assertThat(p.ofEvent("e1").orElseThrow().originOutlet()).isEqualTo("Daily A");
    }

    @Test
    void unrelatedArticleInTheSameEventIsIndependent() {
        var a = Snippets.article("a", ORIGINAL[1], ORIGINAL[2], ORIGINAL[3]);
        var b = Snippets.article("b", "Ukraine laid out its 10-point peace formula in November 2022, demanding a "
                + "full withdrawal of troops.", "Western leaders doubt that Moscow wants good-faith negotiations.");
        Provenance p = new StandardProvenanceAnalyzer().analyze(List.of(a, b), Snippets.events(List.of("a", "b")));
        assertThat(p.of("b").orElseThrow().role()).isEqualTo(Role.INDEPENDENT);
        assertThat(p.of("b").orElseThrow().copyOf()).isNull();
        assertThat(p.of("b").orElseThrow().passages()).extracting(PassageMatch::kind)
                .containsOnly(PassageKind.ADDITION);
        EventProvenance e = p.ofEvent("e1").orElseThrow();
        assertThat(e.originArticle()).isNull();
        assertThat(e.explanation()).contains("independent reports");
    }

    @Test
    void oddInputDoesNotCrash() {
        var empty = Snippets.article("empty", new String[0]);
        var blank = Snippets.article("blank", " ", "...");
        Provenance p = new StandardProvenanceAnalyzer().analyze(List.of(empty, blank),
                new Clustering(List.of(), List.of(), List.of()));
        assertThat(p.articles()).hasSize(2);
        assertThat(new StandardProvenanceAnalyzer().analyze(List.of(empty, blank),
                Snippets.events(List.of("empty", "blank", "missing"))).events()).hasSize(1);
    }

    @Test
    void identicalCopiesAtTheSameTimeSayWhichTieRuleChoseTheSource() {
        String[] body = {ORIGINAL[1], ORIGINAL[2], ORIGINAL[3]};
        var first = Snippets.dated("first", "Daily A", "2024-11-20T10:00:00Z", body);
        var second = Snippets.dated("second", "Daily B", "2024-11-20T10:00:00Z", body);
        Provenance p = new StandardProvenanceAnalyzer().analyze(List.of(first, second),
                Snippets.events(List.of("first", "second")));
        ArticleProvenance copy = p.of("second").orElseThrow();
        assertThat(copy.copyOf()).isEqualTo("first");
        assertThat(copy.explanation()).doesNotContain("null")
                .contains("a tie on overlap and publication time; the copy listed first is taken as the source");
    }
}
