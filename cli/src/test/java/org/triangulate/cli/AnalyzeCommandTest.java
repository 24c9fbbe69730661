package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    static final String SEEDS = "../demo/seeds";

    @Test
    void jsonToStdout() {
        CliRunner r = CliRunner.run("analyze", SEEDS);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"events\"").contains("\"storylines\"");
    }

    @Test
    void markdownAndHtmlToFile(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("b.md");
        assertThat(CliRunner.run("analyze", "--format", "md", "--out", md.toString(), SEEDS).exit()).isZero();
        assertThat(Files.readString(md)).contains("## Sources");
        Path html = dir.resolve("b.html");
        assertThat(CliRunner.run("analyze", "--format", "html", "--out", html.toString(), SEEDS).exit()).isZero();
        assertThat(Files.readString(html)).contains("<h2>Sources</h2>");
    }

    @Test
    void failingInputsGiveExitOneAndTheRestStillComesOut(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[]{(byte) 0xff, (byte) 0xd8, 0, 0, 1, 2, 3});
        CliRunner r = CliRunner.run("analyze", empty.toString(), binary.toString(), dir.resolve("missing").toString(),
                SEEDS);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("empty.txt").contains("photo.jpg").contains("missing");
        assertThat(r.out()).contains("000_2089505ca7ae6c1c");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRunner.run("analyze").exit()).isEqualTo(2);
        assertThat(CliRunner.run("analyze", "--format", "pdf", SEEDS).exit()).isEqualTo(2);
        assertThat(CliRunner.run("no-such-command").exit()).isEqualTo(2);
    }
}
