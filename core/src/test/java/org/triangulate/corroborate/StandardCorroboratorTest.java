package org.triangulate.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.Snippets;
import org.triangulate.claims.ClaimsStage;
import org.triangulate.cluster.Clustering;
import org.triangulate.extract.Article;
import org.triangulate.provenance.ProvenanceStage;

class StandardCorroboratorTest {
    private static Corroboration run(Clustering clustering, Article... articles) {
        List<Article> list = List.of(articles);
        var p = ProvenanceStage.standard().analyze(list, clustering);
        var c = ClaimsStage.standard().extract(list, clustering);
        return new StandardCorroborator().corroborate(list, clustering, p, c);
    }

    @Test
    void roughFractionAndPercentAreCompatible() {
        var a = Snippets.dated("a", "Daily A", null, "Russia currently occupies roughly a fifth of Ukraine's "
                + "territory – including Crimea – as its forces advance.");
        var b = Snippets.dated("b", "Daily B", null, "Russia controls 18% of Ukraine including all of Crimea, a "
                + "peninsula it annexed in 2014.");
        Corroboration r = run(Snippets.events(List.of("a", "b")), a, b);
        assertThat(r.discrepancies()).isEmpty();
        assertThat(r.compatible()).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo("compatible");
            assertThat(d.explanation()).contains("= 20%").contains("2.0 points");
        });
    }

    @Test
    void exactFiguresThatDifferConflict() {
        var a = Snippets.dated("a", "Daily A", null, "The attack on the city killed 12 civilians, the governor "
                + "of the region said.");
        var b = Snippets.dated("b", "Daily B", null, "The attack on the city killed 17 civilians, the governor "
                + "of the region said.");
        Corroboration r = run(Snippets.events(List.of("a", "b")), a, b);
        assertThat(r.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("figure");
            assertThat(d.verdict()).isEqualTo("conflict");
            assertThat(d.values()).hasSize(2);
        });
    }

    @Test
    void differentComparisonReferencesConflict() {
        var a = Snippets.dated("a", "Daily A", null, "Moscow controls a chunk of Ukraine about the size of South "
                + "Korea and is advancing at the fastest pace since the early days of the invasion.");
        var b = Snippets.dated("b", "Daily B", null, "Moscow controls a portion of Ukraine roughly the size of "
                + "Virginia and is advancing at its fastest pace since the early days of the invasion.");
        Corroboration r = run(Snippets.events(List.of("a", "b")), a, b);
        assertThat(r.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("comparison");
            assertThat(d.verdict()).isEqualTo("conflict");
            assertThat(d.values()).extracting(Variant::text)
                    .containsExactly("about the size of South Korea", "roughly the size of Virginia");
        });
    }

    @Test
    void sharedFiguresAgreeAndCopiesAreNotIndependent() {
        var a = Snippets.dated("a", "Daily A", null, "Its forces control 70-80% of the territory with about 26,000 "
                + "square kilometres (10,000 square miles) still held by Ukrainian troops, sources told Reuters.");
        var b = Snippets.dated("b", "Daily B", null, "Its forces control 70-80 per cent of the territory with about "
                + "26,000 square km still held by Ukrainian troops, Reuters reported.");
        Corroboration r = run(Snippets.events(List.of("a", "b")), a, b);
        assertThat(r.agreements()).extracting(Fact::text).contains("70-80%", "26,000 sq km (10,000 sq miles)");
        assertThat(r.agreements()).allSatisfy(f -> assertThat(f.explanation()).contains("one report (Reuters)"));
        assertThat(r.singleSource()).extracting(Fact::text).doesNotContain("10,000 sq miles");
    }

    @Test
    void singleSourceFactsAndNoCrashOnEmptyInput() {
        var a = Snippets.article("a", "A poll released in December 2023 found that 74% of Ukrainians were against "
                + "such concessions.");
        Corroboration r = run(Snippets.events(List.of("a")), a);
        assertThat(r.singleSource()).extracting(Fact::text).containsExactly("74%");
        assertThat(new StandardCorroborator().corroborate(List.of(), null, null, null).agreements()).isEmpty();
    }
}
