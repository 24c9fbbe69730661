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
    void benchmarkRecoversGeneratedEvents() {
        ClusterBenchmark.Result r = ClusterBenchmark.run(new CorpusGenerator(pool(), 3), 400, 150);
        assertThat(r.articles()).isEqualTo(400);
        assertThat(r.scores().f1()).isGreaterThan(0.9);
    }
}
