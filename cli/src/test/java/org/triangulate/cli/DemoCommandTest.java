package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @Test
    void writesAllThreeBriefingsAndPrintsSummary(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("demo", "--out-dir", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 articles").contains("demo-briefing.md");
        assertThat(Files.readString(dir.resolve("demo-briefing.md"))).startsWith("# ");
        assertThat(Files.readString(dir.resolve("demo-briefing.json"))).contains("\"articles\"");
        assertThat(Files.readString(dir.resolve("demo-briefing.html"))).startsWith("<!DOCTYPE html>");
    }

    @Test
    void bundledSeedsAreOnTheClassPath() throws Exception {
        assertThat(DemoCommand.bundledSeeds()).hasSize(5);
    }
}
