package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

class TextBudgetTest {
    @Test
    void aDumpWithinTheBudgetIsUntouched() {
        RawDocument doc = RawDocument.of("page.txt", Format.TEXT, "Headline\n\nBody text.\n");
        TextBudget.Bounded b = TextBudget.apply(doc);
        assertThat(b.document()).isSameAs(doc);
        assertThat(b.note()).isNull();
    }

    @Test
    void aHugeDumpIsCutAtALineEnd() {
        String line = "reader42 wrote: the pace of the advance picked up in the autumn.\n";
        RawDocument doc = RawDocument.of("log.txt", Format.TEXT, line.repeat(TextBudget.MAX_TEXT_CHARS / line.length() + 100));
        TextBudget.Bounded b = TextBudget.apply(doc);
        String text = b.document().text();
        assertThat(text.length()).isLessThanOrEqualTo(TextBudget.MAX_TEXT_CHARS);
        assertThat(text).endsWith("autumn.");
        assertThat(b.note()).startsWith("input cut at " + text.length() + " of ");
    }
}
