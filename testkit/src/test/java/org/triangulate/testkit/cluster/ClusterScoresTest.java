package org.triangulate.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
    @Test
    void bcubedOnASmallExample() {
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "Y", "d", "Y");
        Map<String, String> pred = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
        ClusterScores s = ClusterScores.score(pred, gold);
        // precision: a,b,c each 2/3 or 1/3 -> (2/3 + 2/3 + 1/3 + 1) / 4; recall: (1 + 1 + 1/2 + 1/2) / 4
        assertThat(s.precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(s.pairPrecision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.pairRecall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void missingPredictionsAreSingletons() {
        ClusterScores s = ClusterScores.score(Map.of(), Map.of("a", "X", "b", "X"));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
    }
}
