package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngesterTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Putin open to talks</title></head>"
            + "<body><p>MOSCOW (Reuters) - Russian President Vladimir Putin is open to discussing a Ukraine ceasefire."
            + "</p></body></html>";

    @TempDir
    Path dir;

    @Test
    void directoriesAreWalkedRecursivelySortedSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/nested"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/nested/z.txt"), "A text dump of a page.");
        Files.writeString(dir.resolve("a.html"), PAGE);
        Files.writeString(dir.resolve("c.md"), "---\ntitle: T\n---\n\nBody.");
        Files.writeString(dir.resolve(".hidden.txt"), "secret");
        Files.writeString(dir.resolve(".git/config"), "[core]");

        Docs d = Docs.ingest(dir.toString());

        assertThat(d.errors).isEmpty();
        assertThat(d.sources()).containsExactly(dir.resolve("a.html").toString(),
                dir.resolve("b/nested/z.txt").toString(), dir.resolve("c.md").toString());
        assertThat(d.documents).extracting(RawDocument::format)
                .containsExactly(Format.HTML, Format.TEXT, Format.MARKDOWN);
    }

    @Test
    void failingInputsAreReportedAndTheRestComesOut() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.html"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'});
        Path good = Files.writeString(dir.resolve("good.html"), PAGE);
        String missing = dir.resolve("missing.txt").toString();
        String underFile = good.resolve("child.txt").toString();

        Docs d = Docs.ingest(empty.toString(), binary.toString(), missing, good.toString(), underFile);

        assertThat(d.sources()).containsExactly(good.toString());
        assertThat(d.errors).extracting(InputError::toString).containsExactly(
                empty + ": ingest: empty input (0 bytes)",
                binary + ": ingest: binary content, not a text, Markdown, HTML, WARC, feed or JSONL document",
                missing + ": ingest: no such file",
                underFile + ": ingest: no such file (good.html is not a directory)");
    }

    @Test
    void unreadableFilesAndFoldersAreReported() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "text");
        Path closed = Files.createDirectories(dir.resolve("closed"));
        Files.writeString(closed.resolve("inside.txt"), "text");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(secret), "running as root: permissions are not enforced");
            Docs d = Docs.ingest(dir.toString());
            assertThat(d.documents).isEmpty();
            assertThat(d.errors).extracting(InputError::toString).containsExactlyInAnyOrder(
                    closed + ": ingest: cannot list directory: permission denied",
                    secret + ": ingest: not readable (permission denied)");
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void gzippedFilesAreSniffedAfterDecompression() throws IOException {
        Path gz = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Path broken = Files.write(dir.resolve("broken.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6});
        byte[] whole = Files.readAllBytes(gz);
        Path cut = Files.write(dir.resolve("cut.html.gz"), java.util.Arrays.copyOf(whole, whole.length - 12));

        Docs d = Docs.ingest(gz.toString(), broken.toString(), cut.toString());

        assertThat(d.documents).singleElement().satisfies(doc -> {
            assertThat(doc.format()).isEqualTo(Format.HTML);
            assertThat(doc.text()).isEqualTo(PAGE);
        });
        assertThat(d.errors).extracting(InputError::source).containsExactly(broken.toString(), cut.toString());
        assertThat(d.errors.get(0).reason()).startsWith("cannot read: ");
        assertThat(d.errors.get(1).reason()).startsWith("gzip data truncated").endsWith("; document skipped");
    }

    @Test
    void stdinIsReadAsOneDocument() {
        Docs d = Docs.ingest(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)),
                FileIngester.DEFAULT_MAX_DOCUMENT_BYTES, "-");
        assertThat(d.documents).singleElement().satisfies(doc -> {
            assertThat(doc.source()).isEqualTo("-");
            assertThat(doc.format()).isEqualTo(Format.HTML);
        });
    }

    @Test
    void documentsOverTheLimitAreRefusedWithAClearReason() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(100));
        Docs d = Docs.ingest(java.io.InputStream.nullInputStream(), 100, big.toString());
        assertThat(d.documents).isEmpty();
        assertThat(d.errors).extracting(InputError::reason)
                .containsExactly("larger than the limit of 100 bytes for one document");
    }

    @Test
    void bundledSeedsAreTextDumpsAndOneMarkdownWithFrontMatter() {
        Path seeds = Path.of("..", "demo", "seeds");
        assumeTrue(Files.isDirectory(seeds), "demo/seeds not found from " + Path.of("").toAbsolutePath());
        Docs d = Docs.ingest(seeds.toString());
        assertThat(d.errors).isEmpty();
        assertThat(d.documents).extracting(RawDocument::format)
                .containsExactly(Format.TEXT, Format.MARKDOWN, Format.TEXT, Format.TEXT, Format.TEXT);
    }

    @Test
    void aTextDumpSavedInWindows1251IsReadable() throws IOException {
        String dump = "Новости\n\nРоссийские войска заняли больше территории в этом году, говорят аналитики.\n";
        Path p = Files.write(dir.resolve("ru.txt"), dump.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Docs d = Docs.ingest(p.toString());
        assertThat(d.documents).singleElement().satisfies(doc -> assertThat(doc.text()).isEqualTo(dump));
    }
}
