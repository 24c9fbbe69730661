package org.triangulate.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.SeedArticles.A000;
import static org.triangulate.SeedArticles.A001;
import static org.triangulate.SeedArticles.A002;
import static org.triangulate.SeedArticles.A003;
import static org.triangulate.SeedArticles.A004;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.SeedArticles;

/** The seed corpus expectations of the foundation issue, for the provenance stage. */
class ProvenanceStageTest {
    private static Provenance p;

    @BeforeAll
    static void run() {
        p = ProvenanceStage.standard().analyze(SeedArticles.all(), SeedArticles.clustering());
    }

    @Test
    void originsAndMostComplete() {
        EventProvenance reuters = p.ofEvent("e1").orElseThrow();
        assertThat(reuters.originOutlet()).isEqualTo("Reuters");
        assertThat(reuters.mostComplete()).isEqualTo(A001);
        assertThat(reuters.originArticle()).isEqualTo(A001);
        assertThat(p.ofEvent("e2").orElseThrow().originOutlet()).isEqualTo("The New York Times");
        assertThat(p.of(A003).orElseThrow().citedOrigin().outlet()).isEqualTo("The New York Times");
        assertThat(p.of(A000).orElseThrow().citedOrigin().outlet()).isEqualTo("Reuters");
        assertThat(p.of(A002).orElseThrow().citedOrigin().outlet()).isEqualTo("Reuters");
        assertThat(p.of(A004).orElseThrow().citedOrigin()).isNull(); // "Caliber.Az reports via foreign media"
    }

    @Test
    void roles() {
        assertThat(p.of(A001).orElseThrow().role()).isIn(Role.ORIGINAL, Role.VERBATIM);
        assertThat(p.of(A002).orElseThrow().role()).isEqualTo(Role.NEAR_VERBATIM);
        assertThat(p.of(A004).orElseThrow().role()).isEqualTo(Role.PARAPHRASE);
        assertThat(p.of(A000).orElseThrow().role()).isEqualTo(Role.SUMMARY);
        for (String id : new String[] {A000, A002, A004}) {
            assertThat(p.of(id).orElseThrow().copyOf()).as(id).isEqualTo(A001);
        }
    }

    @Test
    void nuclearDoctrineParagraphsAreAdditionsOf004() {
        var additions = p.of(A004).orElseThrow().passages().stream()
                .filter(m -> m.kind() == PassageKind.ADDITION).map(PassageMatch::text).toList();
        assertThat(additions).anyMatch(t -> t.contains("nuclear deterrence strategy"));
        assertThat(additions).anyMatch(t -> t.contains("new doctrine"));
        assertThat(additions).noneMatch(t -> t.contains("Kharkiv and Mykolaiv"));
    }

    @Test
    void passagesOf002ComeFrom001() {
        var passages = p.of(A002).orElseThrow().passages();
        assertThat(passages).allMatch(m -> m.kind() != PassageKind.ADDITION);
        assertThat(passages).filteredOn(m -> m.kind() == PassageKind.VERBATIM).isNotEmpty()
                .allMatch(m -> A001.equals(m.sourceArticle()));
    }
}
