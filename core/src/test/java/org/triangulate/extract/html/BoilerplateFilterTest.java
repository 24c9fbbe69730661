package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
    @Test
    void dropsStockLinesAndParagraphsWithoutText() {
        List<String> in = List.of("Advertisement", "The council approved the plan on Monday.", "\u200D", "★★★★★",
                "|", "Share this article", "3", "Read more about the plan in our explainer, which covers every step.");
        assertThat(BoilerplateFilter.filter(in)).containsExactly("The council approved the plan on Monday.", "3",
                "Read more about the plan in our explainer, which covers every step.");
    }
}
