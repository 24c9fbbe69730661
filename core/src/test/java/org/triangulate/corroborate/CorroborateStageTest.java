package org.triangulate.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.SeedArticles.A000;
import static org.triangulate.SeedArticles.A001;
import static org.triangulate.SeedArticles.A004;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.EcbPlus;
import org.triangulate.Triangulate;
import org.triangulate.provenance.Role;
import org.triangulate.SeedArticles;
import org.triangulate.claims.ClaimsStage;
import org.triangulate.provenance.ProvenanceStage;

/** The seed corpus expectations of the foundation issue, for the corroborate stage. */
class CorroborateStageTest {
    private static Corroboration r;

    @BeforeAll
    static void run() {
        var articles = SeedArticles.all();
        var clustering = SeedArticles.clustering();
        r = CorroborateStage.standard().corroborate(articles, clustering,
                ProvenanceStage.standard().analyze(articles, clustering),
                ClaimsStage.standard().extract(articles, clustering));
    }

    @Test
    void agreementsAcrossTheReutersCopies() {
        assertThat(r.agreements()).anySatisfy(f -> {
            assertThat(f.text()).isEqualTo("70-80%");
            assertThat(f.articles()).hasSize(4);
        });
        assertThat(r.agreements()).anySatisfy(f -> {
            assertThat(f.text()).isEqualTo("26,000 sq km (10,000 sq miles)");
            assertThat(f.articles()).hasSize(4);
        });
    }

    @Test
    void sizeComparisonConflicts() {
        assertThat(r.discrepancies()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("comparison");
            assertThat(d.verdict()).isEqualTo("conflict");
            assertThat(d.values()).anySatisfy(v -> {
                assertThat(v.text()).contains("South Korea");
                assertThat(v.articles()).contains(A001);
            });
            assertThat(d.values()).anySatisfy(v -> {
                assertThat(v.text()).contains("Virginia");
                assertThat(v.articles()).containsExactly(A004);
            });
        });
    }

    @Test
    void aFifthAnd18PercentAreCompatibleNotConflicting() {
        assertThat(r.compatible()).anySatisfy(d -> assertThat(d.values()).extracting(Variant::text)
                .anyMatch(t -> t.contains("a fifth")).anyMatch(t -> t.contains("18%")));
        assertThat(r.discrepancies()).noneMatch(d -> d.values().stream().anyMatch(v -> v.text().contains("a fifth")));
    }

    @Test
    void additionsRestOnOneSource() {
        assertThat(r.singleSource()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("statement");
            assertThat(f.text()).contains("nuclear deterrence");
            assertThat(f.articles()).containsExactly(A004);
        });
        assertThat(r.singleSource()).anyMatch(f -> f.kind().equals("figure") && f.articles().contains(A000));
    }

    /** Robustness on 982 real news documents with gold events; prints figures, asserts only completeness. */
    @Test
    void wholePipelineTailOnEcbPlus() throws IOException {
        var corpus = EcbPlus.load();
        long t0 = System.nanoTime();
        var prov = ProvenanceStage.standard().analyze(corpus.articles(), corpus.clustering());
        long t1 = System.nanoTime();
        var claims = ClaimsStage.standard().extract(corpus.articles(), corpus.clustering());
        long t2 = System.nanoTime();
        var corr = CorroborateStage.standard().corroborate(corpus.articles(), corpus.clustering(), prov, claims);
        long t3 = System.nanoTime();
        assertThat(prov.articles()).hasSize(corpus.articles().size());
        assertThat(prov.events()).hasSize(corpus.clustering().events().size());
        Map<String, Integer> roles = new TreeMap<>();
        prov.articles().forEach(a -> roles.merge(a.role().label(), 1, Integer::sum));
        long cited = prov.articles().stream().filter(a -> a.citedOrigin() != null).count();
        System.out.printf("ECB+ %d articles, %d events: provenance %d ms, claims %d ms, corroborate %d ms%n",
                corpus.articles().size(), corpus.clustering().events().size(), (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        System.out.printf("roles %s; cited origin in %d articles; %d quotes (%d with speaker), %d figures, "
                        + "%d entities; %d agreements, %d conflicts, %d compatible, %d single-source%n", roles, cited,
                claims.quotes().size(), claims.quotes().stream().filter(q -> q.speaker() != null).count(),
                claims.figures().size(), claims.entities().size(), corr.agreements().size(),
                corr.discrepancies().size(), corr.compatible().size(), corr.singleSource().size());
    }

    /** The same expectations through the real extractor and clusterer (ids from file names, events found). */
    @Test
    void seedsThroughTheWholePipeline() {
        var a = Triangulate.standard().analyze(java.util.List.of(SeedArticles.dir().toString()));
        assertThat(a.errors()).isEmpty();
        var p = a.provenance();
        assertThat(p.of(SeedArticles.A002).orElseThrow().role()).isEqualTo(Role.NEAR_VERBATIM);
        assertThat(p.of(SeedArticles.A004).orElseThrow().role()).isEqualTo(Role.PARAPHRASE);
        assertThat(p.of(SeedArticles.A000).orElseThrow().role()).isEqualTo(Role.SUMMARY);
        assertThat(p.of(SeedArticles.A001).orElseThrow().role()).isIn(Role.ORIGINAL, Role.VERBATIM);
        String reuters = a.clustering().eventOf(A001).orElseThrow().id();
        assertThat(p.ofEvent(reuters).orElseThrow().originOutlet()).isEqualTo("Reuters");
        assertThat(p.ofEvent(reuters).orElseThrow().mostComplete()).isEqualTo(A001);
        var c = a.corroboration();
        assertThat(c.discrepancies()).anyMatch(d -> d.kind().equals("comparison")
                && d.values().stream().anyMatch(v -> v.text().contains("Virginia")));
        assertThat(c.compatible()).anyMatch(d -> d.values().stream().anyMatch(v -> v.text().contains("a fifth")));
        assertThat(c.agreements()).extracting(Fact::text).contains("70-80%", "26,000 sq km (10,000 sq miles)");
    }
}
