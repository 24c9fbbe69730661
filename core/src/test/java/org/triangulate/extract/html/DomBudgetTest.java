package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DomBudgetTest {
    @Test
    void aPageWithinTheBudgetIsUntouched() {
        Document doc = Jsoup.parse("<div><p>One.</p><p>Two.</p></div>");
        String before = doc.outerHtml();
        assertThat(DomBudget.bound(doc, 1_000)).isNull();
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void deepWrappersAreCutWhereTheBudgetRunsOutKeepingWhatCameBefore() {
        Document doc = Jsoup.parse("<html><body><p id=first>First paragraph.</p>" + "<div>".repeat(300)
                + "<p>Deep paragraph.</p>" + "</div>".repeat(300) + "<p>After.</p></body></html>");
        String note = DomBudget.bound(doc, 5_000);
        assertThat(note).contains("5000 element-ancestor pairs");
        assertThat(doc.getElementById("first")).isNotNull();
        assertThat(doc.text()).contains("First paragraph.").doesNotContain("Deep paragraph.", "After.");
        assertThat(doc.getAllElements().size()).isLessThan(120);
    }

    @Test
    void manySiblingsAreCutInOneStep() {
        Document doc = Jsoup.parse("<div id=list>" + "<p>x</p>".repeat(100_000) + "</div><p id=after>y</p>");
        DomBudget.bound(doc, 40_000);
        int kept = doc.getElementById("list").childrenSize();
        assertThat(kept).isBetween(9_000, 10_000); // each p sits at depth 4 (html, body, div)
        assertThat(doc.getElementById("after")).isNull();
    }
}
