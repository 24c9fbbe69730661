package org.triangulate.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test
    void oneHashPerWindowStableAcrossCalls() {
        List<String> t = List.of("putin", "is", "open", "to", "discussing", "a", "ceasefire");
        long[] a = Shingles.hashes(t, 5);
        assertThat(a).hasSize(3);
        assertThat(Shingles.hashes(t, 5)).isEqualTo(a);
        assertThat(Shingles.hashes(t.subList(1, 6), 5)[0]).isEqualTo(a[1]);
    }

    @Test
    void shortAndEmptyTexts() {
        assertThat(Shingles.hashes(List.of("a", "b"), 5)).hasSize(1);
        assertThat(Shingles.hashes(List.of(), 5)).isEmpty();
        assertThatThrownBy(() -> Shingles.hashes(List.of("a"), 0)).hasMessageContaining("got 0");
    }
}
