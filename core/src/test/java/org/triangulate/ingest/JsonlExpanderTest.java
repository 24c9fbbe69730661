package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlExpanderTest {
    @TempDir
    Path dir;

    @Test
    void eachLineIsADocumentAndBadLinesAreReported() throws IOException {
        Path p = Files.writeString(dir.resolve("dump.jsonl"), String.join("\n",
                "{\"url\": \"https://x.example/a\", \"html\": \"<p>Body A.</p>\", \"title\": \"A\", \"date\": \"2024-11-20\","
                        + " \"author\": [\"Ann One\", {\"name\": \"Bo Two\"}], \"site\": \"X News\", \"language\": \"en\"}",
                "{\"text\": \"A text dump.\", \"published\": \"Wed, 20 Nov 2024 10:20:00 +0200\"}",
                "{\"url\": \"https://x.example/broken\", \"html\": ",
                "",
                "[1, 2]",
                "{\"md\": \"# Title\\n\\nBody.\", \"outlet\": \"Y\"}",
                "{\"url\": \"https://x.example/empty\"}") + "\n");

        Docs d = Docs.ingest(p.toString());

        assertThat(d.sources()).containsExactly(p + "#1", p + "#2", p + "#6");
        assertThat(d.documents).extracting(RawDocument::format)
                .containsExactly(Format.HTML, Format.TEXT, Format.MARKDOWN);
        RawDocument a = d.documents.get(0);
        assertThat(a.url()).isEqualTo("https://x.example/a");
        assertThat(a.text()).isEqualTo("<p>Body A.</p>");
        assertThat(a.fields())
                .containsEntry("title", "A")
                .containsEntry("published", "2024-11-20")
                .containsEntry("provenance.published", "jsonl date")
                .containsEntry("author", "Ann One, Bo Two")
                .containsEntry("outlet", "X News")
                .containsEntry("provenance.outlet", "jsonl site")
                .containsEntry("language", "en");
        assertThat(d.documents.get(1).fields()).containsEntry("published", "Wed, 20 Nov 2024 10:20:00 +0200");
        assertThat(d.errors).extracting(InputError::source).containsExactly(p + "#3", p + "#5", p + "#7");
        assertThat(d.errors.get(0).reason()).startsWith("invalid JSON: ");
        assertThat(d.errors.get(1).reason()).isEqualTo("not a JSON object");
        assertThat(d.errors.get(2).reason()).isEqualTo("no html, text or markdown field");
    }

    @Test
    void overlongLinesAreSkippedAndTheRestGoesOn() throws IOException {
        Path p = Files.writeString(dir.resolve("dump.jsonl"),
                "{\"text\": \"" + "x".repeat(500) + "\"}\n{\"text\": \"short\"}");
        Docs d = Docs.ingest(java.io.InputStream.nullInputStream(), 100, p.toString());
        assertThat(d.sources()).containsExactly(p + "#2");
        assertThat(d.errors).extracting(InputError::toString)
                .containsExactly(p + "#1: ingest: line longer than the limit of 100 bytes");
    }

    @Test
    void aPrettyPrintedObjectOrAnArrayIsOneJsonDocument() throws IOException {
        Path object = Files.writeString(dir.resolve("one.json"), "{\n  \"title\": \"T\",\n  \"html\": \"<p>Body.</p>\"\n}\n");
        Path array = Files.writeString(dir.resolve("many.json"),
                "[\n {\"text\": \"First.\"},\n {\"title\": \"no body\"},\n {\"markdown\": \"Third.\"}\n]\n");
        Path metadata = Files.writeString(dir.resolve("metadata.json"), "{\n  \"title\": \"Only metadata\"\n}\n");

        Docs d = Docs.ingest(object.toString(), array.toString(), metadata.toString());

        assertThat(d.sources()).containsExactly(object.toString(), array + "#1", array + "#3");
        assertThat(d.documents.get(0).fields()).containsEntry("title", "T");
        assertThat(d.errors).extracting(InputError::toString).containsExactly(
                array + "#2: ingest: no html, text or markdown field",
                metadata + ": ingest: no html, text or markdown field");
    }
}
