package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class StreamedSegmentsTest {
    @Test
    void segmentsMoveIntoTheirPlaceholdersAndTheLoadingFallbackGoes() {
        var doc = Jsoup.parse("<body><article><h1>Index funds</h1>"
                + "<!--$?--><template id=\"B:0\"></template><div class=spinner>Loading…</div><!--/$-->"
                + "<p>Fees matter.</p>"
                + "<!--$?--><template id=\"B:1\"></template><!--$--><i>nested</i><!--/$--><div>Loading…</div><!--/$-->"
                + "</article><footer>Footer</footer>"
                + "<div hidden id=\"S:1\"><p>Buy shares.</p><template id=\"P:2\"></template></div>"
                + "<div hidden id=\"S:0\"><p>Pick an index.</p></div>"
                + "<div hidden id=\"S:2\"><p>Hold them.</p></div>"
                + "<div hidden id=\"S:9\"><p>No placeholder.</p></div></body>");
        assertThat(StreamedSegments.place(doc)).isEqualTo(3);
        assertThat(doc.selectFirst("article").text())
                .isEqualTo("Index funds Pick an index. Fees matter. Buy shares. Hold them.");
        assertThat(doc.select("template")).isEmpty();
        // a segment without a placeholder stays where it was
        assertThat(doc.getElementById("S:9")).isNotNull();
    }

    @Test
    void aPageSavedWithoutCommentsKeepsItsFallbackAndAPageWithoutSegmentsIsUntouched() {
        var doc = Jsoup.parse("<body><main><template id=\"B:0\"></template><div>Loading paragraph...</div></main>"
                + "<div hidden id=\"S:0\"><p>The text.</p></div></body>");
        assertThat(StreamedSegments.place(doc)).isEqualTo(1);
        assertThat(doc.selectFirst("main").text()).isEqualTo("The text. Loading paragraph...");

        var plain = Jsoup.parse("<body><p>Plain.</p><template id=\"B:0\"></template></body>");
        String before = plain.html();
        assertThat(StreamedSegments.place(plain)).isZero();
        assertThat(plain.html()).isEqualTo(before);
    }
}
