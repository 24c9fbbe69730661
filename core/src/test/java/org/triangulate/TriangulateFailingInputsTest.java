package org.triangulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.extract.Article;
import org.triangulate.ingest.InputError;

/** Issue 3: each failing input (empty file, binary file, unreadable path) gives a clear error; the rest comes out. */
class TriangulateFailingInputsTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Putin open to talks</title></head>"
            + "<body><p>MOSCOW (Reuters) - Russian President Vladimir Putin is open to discussing a Ukraine ceasefire "
            + "deal with Donald Trump but rules out major territorial concessions, officials said.</p></body></html>";
    private static final String DUMP = "Putin open to discussing Ukraine ceasefire, Reuters reports\n\n"
            + "US President Donald Trump and Russian President Vladimir Putin may discuss a ceasefire, Reuters reported "
            + "on Nov. 20, citing five current and former Russian officials.\n";

    @TempDir
    Path dir;

    @Test
    void failingInputsAreNamedAndTheOthersStillComeOut() throws IOException {
        Path page = Files.writeString(dir.resolve("a-page.html"), PAGE);
        Path empty = Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("c-binary.txt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0});
        Path dump = Files.writeString(dir.resolve("d-dump.txt"), DUMP);
        String missing = dir.resolve("e-missing.html").toString();

        Analysis a = Triangulate.standard().analyze(List.of(dir.toString(), missing));

        assertThat(a.articles()).extracting(Article::source).containsExactly(page.toString(), dump.toString());
        assertThat(a.articles().get(0).language()).isEqualTo("en");
        assertThat(a.errors()).extracting(InputError::toString).containsExactly(
                empty + ": ingest: empty input (0 bytes)",
                binary + ": ingest: binary content, not a text, Markdown, HTML, WARC, feed or JSONL document",
                missing + ": ingest: no such file");
    }
}
