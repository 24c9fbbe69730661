package org.triangulate.testkit.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetCheckTest {

    @Test
    void findsWithSnippetsAcrossCaseQuotesDashesAndLineBreaks() {
        String text = "Nutritionists say they’re largely positive—and\n\ngood  for you.\u00A0Beans AREN’T a staple.";
        SnippetCheck c = SnippetCheck.of(text,
                List.of("they're largely positive-and good for you.", "beans aren't a staple", "not in the text"),
                List.of());
        assertThat(c.withFound()).isEqualTo(2);
        assertThat(c.withCount()).isEqualTo(3);
        assertThat(c.missing()).containsExactly("not in the text");
    }

    @Test
    void reportsLeakedBoilerplate() {
        SnippetCheck c = SnippetCheck.of("Body text.\n\nSign up for our newsletter", List.of(),
                List.of("Sign up for our   newsletter", "Related posts"));
        assertThat(c.withoutLeaked()).isEqualTo(1);
        assertThat(c.leaked()).containsExactly("Sign up for our   newsletter");
    }

    @Test
    void isAbsentWhenTheGoldListsNoSnippets() {
        assertThat(SnippetCheck.of("text", List.of(), List.of())).isNull();
    }

    @Test
    void summaryCountsSnippetsOverAllPagesThatListThem() {
        ExtractionEvaluation.PageResult a = page("a", SnippetCheck.of("one two", List.of("one", "three"),
                List.of("two")));
        ExtractionEvaluation.PageResult b = page("b", SnippetCheck.of("four", List.of("four", "four"), List.of("x")));
        ExtractionEvaluation.PageResult none = page("none", null);
        ExtractionEvaluation.Summary s = ExtractionEvaluation.summarise("t", List.of(a, b, none));
        assertThat(s.snippetPages()).isEqualTo(2);
        assertThat(s.withFound()).isEqualTo(0.75);
        assertThat(s.withoutAbsent()).isEqualTo(0.5);
    }

    private static ExtractionEvaluation.PageResult page(String id, SnippetCheck c) {
        return new ExtractionEvaluation.PageResult(id, 1, 1, 1, 1, 1, null, null, null, null, null, null, null, null,
                null, null, null, null, c);
    }
}
