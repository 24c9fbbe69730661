package org.triangulate.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static List<String> pool() {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            s.add("Sentence number " + i + " tells of topic " + (i % 17) + " and place " + (i % 23) + ".");
        }
        return s;
    }

    @Test
    void sameSeedSameCorpus() {
        var a = new CorpusGenerator(pool(), 7).next(300);
        var b = new CorpusGenerator(pool(), 7).next(300);
        assertThat(a).isEqualTo(b);
        assertThat(a.stream().map(CorpusGenerator.Generated::event).distinct().count()).isBetween(20L, 80L);
    }

    @Test
    void generatedCorpusInThreeBatchesGivesTheSameEventsAsAtOnce() {
        List<org.triangulate.extract.Article> docs = new ArrayList<>();
        new CorpusGenerator(pool(), 11).next(600).forEach(g -> docs.add(g.article()));
        var once = org.triangulate.cluster.ClusterStage.standard();
        once.add(docs);
        var parts = org.triangulate.cluster.ClusterStage.standard();
        parts.add(docs.subList(0, 200));
        parts.add(docs.subList(200, 400));
        parts.add(docs.subList(400, 600));
        assertThat(groups(parts.snapshot())).isEqualTo(groups(once.snapshot()));
    }

    private static java.util.Set<java.util.Set<String>> groups(org.triangulate.cluster.Clustering c) {
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        c.events().forEach(e -> out.add(java.util.Set.copyOf(e.articles())));
        return out;
    }

    @Test
    void benchmarkRecoversGeneratedEvents() {
        ClusterBenchmark.Result r = ClusterBenchmark.run(new CorpusGenerator(pool(), 3), 400, 150);
        assertThat(r.articles()).isEqualTo(400);
        assertThat(r.scores().f1()).isGreaterThan(0.9);
    }
}
