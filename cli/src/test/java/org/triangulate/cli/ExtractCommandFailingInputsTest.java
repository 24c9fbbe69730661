package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3: {@code extract} prints what succeeded, names each failing input on stderr, and exits with 1. */
class ExtractCommandFailingInputsTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Putin open to talks</title></head>"
            + "<body><p>MOSCOW (Reuters) - Russian President Vladimir Putin is open to discussing a Ukraine ceasefire "
            + "deal with Donald Trump but rules out major territorial concessions, officials said.</p></body></html>";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;

    @BeforeEach
    void capture() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    @Test
    void failingInputsExitWithOneAndTheRestIsPrinted() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("binary.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0, 0});
        String missing = dir.resolve("missing.txt").toString();

        int code = Main.run("extract", empty.toString(), page.toString(), binary.toString(), missing);

        assertThat(code).isEqualTo(Main.EXIT_PARTIAL);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).singleElement().asString()
                .contains("\"source\":\"" + page + "\"").contains("Putin open to talks");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(empty + ": empty input (0 bytes)")
                .contains(binary + ": binary content")
                .contains(missing + ": no such file");
    }

    @Test
    void allGoodExitsWithZero() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        assertThat(Main.run("extract", page.toString())).isZero();
    }
}
