package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodySelectorTest {

    @Test
    void crossesALoneAdButNotASectionEnd() {
        List<Line> lines = LineClassifier.classify(TextUnits.split("""
                Skip to content
                The first body paragraph is long enough to count as a sentence of the article text here.
                AD
                The second body paragraph continues the report after the advertisement slot in the page.
                News Feed
                The feed carries an unrelated item that is also long enough to look like a sentence of text.
                """));
        BodySelector.Span span = BodySelector.select(lines);
        assertThat(span.start()).isEqualTo(1);
        assertThat(span.end()).isEqualTo(3);
    }

    @Test
    void noContentGivesAnEmptySpan() {
        assertThat(BodySelector.select(LineClassifier.classify(TextUnits.split("Subscribe\nAD\n")).stream().toList())
                .isEmpty()).isTrue();
    }
}
