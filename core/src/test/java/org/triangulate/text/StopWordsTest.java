package org.triangulate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopWordsTest {
    @Test
    void functionWordsOnly() {
        assertThat(StopWords.isStopWord("the")).isTrue();
        assertThat(StopWords.isStopWord("wouldn't")).isTrue();
        assertThat(StopWords.isStopWord("ceasefire")).isFalse();
    }
}
