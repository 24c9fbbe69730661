package org.triangulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

class IdsTest {
    private static RawDocument doc(String source, Map<String, String> fields) {
        return new RawDocument(source, Format.HTML, "<p>x</p>".getBytes(StandardCharsets.UTF_8), "UTF-8", null, null,
                fields);
    }

    @Test
    void idsComeFromSourceNamesAndStayUnique() {
        Triangulate.Ids ids = new Triangulate.Ids();
        assertThat(ids.next(doc("feeds/000_ab12.txt", Map.of()))).isEqualTo("000_ab12");
        assertThat(ids.next(doc("crawl.warc.gz#3", Map.of()))).isEqualTo("crawl-3");
        assertThat(ids.next(doc("other/000_ab12.html", Map.of()))).isEqualTo("000_ab12-2");
        assertThat(ids.next(doc("-#2", Map.of()))).isEqualTo("stdin-2");
    }

    @Test
    void aJsonLinesRecordKeepsTheIdItDeclares() {
        Triangulate.Ids ids = new Triangulate.Ids();
        assertThat(ids.next(doc("dump.jsonl#1", Map.of("id", "0042")))).isEqualTo("0042");
        assertThat(ids.next(doc("dump.jsonl#2", Map.of("id", "0042")))).isEqualTo("0042-2");
        // an id that is not a plain name (spaces, slashes, very long) gives way to the source name
        assertThat(ids.next(doc("dump.jsonl#3", Map.of("id", "a/b c")))).isEqualTo("dump-3");
        assertThat(ids.next(doc("dump.jsonl#4", Map.of("id", "x".repeat(81))))).isEqualTo("dump-4");
    }
}
