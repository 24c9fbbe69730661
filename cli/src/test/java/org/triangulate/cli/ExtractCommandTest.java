package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code extract} as a user runs it: the core module's format fixtures, stdin, and both output forms. */
class ExtractCommandTest {
    private static final Path FORMATS = Path.of("../core/src/test/resources/formats");
    private final InputStream stdin = System.in;
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String l : out.lines().toList()) {
            nodes.add(json.readTree(l));
        }
        return nodes;
    }

    @Test
    void aFolderOfEveryFormatGivesOneLinePerArticleAndNamesTheBadItems() throws Exception {
        CliRunner r = CliRunner.run("extract", FORMATS.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_PARTIAL);
        List<JsonNode> articles = lines(r.out());
        // three feed items link pages captured in the WARC or listed in the JSONL: those pages stand for them
        assertThat(articles).hasSize(14);
        assertThat(articles).extracting(a -> a.get("source").asText()).anyMatch(s -> s.endsWith("crawl.warc.gz#4"))
                .anyMatch(s -> s.endsWith("old.arc#2")).anyMatch(s -> s.endsWith("world.rss#2"))
                .noneMatch(s -> s.endsWith("world.rss#1")).noneMatch(s -> s.endsWith("world.rss#3"))
                .anyMatch(s -> s.endsWith("daily.atom#2")).anyMatch(s -> s.endsWith("pages.jsonl#3"))
                .anyMatch(s -> s.endsWith("kyiv-drones.md")).anyMatch(s -> s.endsWith("kyiv-drones.txt"))
                .noneMatch(s -> s.endsWith("saved/kyiv-drones.html")).noneMatch(s -> s.endsWith("feeds/debris.html"));
        assertThat(r.err().lines()).hasSize(3).anyMatch(l -> l.contains("world.rss#4: feed item has no content"))
                .anyMatch(l -> l.contains("pages.jsonl#4: invalid JSON")).anyMatch(l -> l.contains("pages.jsonl#5"));
    }

    @Test
    void stdinTakesAnyFormatEvenGzipped() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(Files.readAllBytes(FORMATS.resolve("feeds/world.rss")));
        }
        System.setIn(new ByteArrayInputStream(gz.toByteArray()));
        CliRunner r = CliRunner.run("extract", "--format", "json", "-");
        assertThat(r.exit()).isEqualTo(Main.EXIT_PARTIAL);
        JsonNode arr = json.readTree(r.out());
        assertThat(arr.size()).isEqualTo(3);
        assertThat(arr.get(0).get("source").asText()).isEqualTo("-#1");
        assertThat(r.err()).contains("-#4: feed item has no content");

        System.setIn(new ByteArrayInputStream(Files.readAllBytes(FORMATS.resolve("dumps/kyiv-drones.txt"))));
        CliRunner dump = CliRunner.run("extract", "-");
        assertThat(dump.exit()).as(dump.err()).isZero();
        JsonNode a = lines(dump.out()).get(0);
        assertThat(a.get("title").asText()).isEqualTo("Ukraine shoots down 56 of 74 Russian drones");
        assertThat(a.get("dateline").asText()).isEqualTo("KYIV");
    }

    @Test
    void markdownAndTextPrintTheArticleItself() throws Exception {
        String page = FORMATS.resolve("saved/kyiv-drones.html").toString();
        CliRunner md = CliRunner.run("extract", "--format", "markdown", page);
        assertThat(md.exit()).as(md.err()).isZero();
        assertThat(md.out()).startsWith("---\ntitle: ").contains("\n---\n\n# ").contains("source: \"" + page + "\"");

        CliRunner text = CliRunner.run("extract", "--format", "text", page, FORMATS.resolve("dumps/kyiv-drones.txt").toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out().split("\n\f\n", -1)).hasSize(2)
                .allMatch(a -> a.startsWith("Ukraine shoots down 56 of 74 Russian drones\n\n"));
    }

    @Test
    void outWritesOneFilePerArticleAndStillNamesTheBadItems(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("extract", "--format", "markdown", "--out", dir.resolve("md").toString(),
                FORMATS.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_PARTIAL);
        List<Path> files;
        try (var s = Files.list(dir.resolve("md"))) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(14).allMatch(f -> f.getFileName().toString().endsWith(".md"));
        assertThat(r.out().lines()).hasSize(14).allMatch(l -> l.contains("\t" + dir.resolve("md")));
        assertThat(Files.readString(files.get(0))).startsWith("---\n");
        assertThat(r.err().lines()).hasSize(3);

        CliRunner j = CliRunner.run("extract", "--out", dir.resolve("json").toString(), FORMATS.resolve("saved").toString());
        assertThat(j.exit()).as(j.err()).isZero();
        try (var s = Files.list(dir.resolve("json"))) {
            Path only = s.findFirst().orElseThrow();
            JsonNode a = json.readTree(only.toFile());
            assertThat(a.get("kinds").size()).isEqualTo(a.get("text").asText().split("\n\n").length);
        }
    }
}
