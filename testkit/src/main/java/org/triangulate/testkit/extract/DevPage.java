package org.triangulate.testkit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One page of an extraction dev set: {@code <id>/source.html} or {@code source.html.gz}, {@code expected.txt},
 * and optionally {@code metadata.json} (either set's keys: title, byline/author, publishedTime/publish_date, url;
 * wcxb-dev's {@code with}/{@code without} snippet lists, empty where absent).
 */
public record DevPage(String id, Path dir, byte[] html, String expected, String goldTitle, String goldByline,
                      String goldDate, String url, List<String> with, List<String> without) {
    public DevPage {
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** All pages under {@code root}, sorted by id; folders without source or expected text are skipped. */
    public static List<DevPage> loadAll(Path root) throws IOException {
        List<DevPage> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.sorted().toList()) {
                if (!Files.isDirectory(d) || !Files.exists(d.resolve("expected.txt"))) continue;
                Path plain = d.resolve("source.html");
                Path gz = d.resolve("source.html.gz");
                if (!Files.exists(plain) && !Files.exists(gz)) continue;
                out.add(load(d));
            }
        }
        return out;
    }

    static DevPage load(Path d) throws IOException {
        Path plain = d.resolve("source.html");
        byte[] html;
        if (Files.exists(plain)) {
            html = Files.readAllBytes(plain);
        } else {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(d.resolve("source.html.gz")))) {
                html = in.readAllBytes();
            }
        }
        String expected = Files.readString(d.resolve("expected.txt"), StandardCharsets.UTF_8);
        String title = null;
        String byline = null;
        String date = null;
        String url = null;
        List<String> with = List.of();
        List<String> without = List.of();
        Path meta = d.resolve("metadata.json");
        if (Files.exists(meta)) {
            JsonNode m = MAPPER.readTree(meta.toFile());
            title = text(m, "title");
            byline = text(m, "byline") != null ? text(m, "byline") : text(m, "author");
            date = text(m, "publishedTime") != null ? text(m, "publishedTime") : text(m, "publish_date");
            url = text(m, "url");
            with = strings(m, "with");
            without = strings(m, "without");
        }
        return new DevPage(d.getFileName().toString(), d, html, expected, title, byline, date, url, with, without);
    }

    private static List<String> strings(JsonNode m, String field) {
        JsonNode v = m.get(field);
        if (v == null || !v.isArray()) return List.of();
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (x.isTextual() && !x.asText().isBlank()) out.add(x.asText());
        }
        return out;
    }

    private static String text(JsonNode m, String field) {
        JsonNode v = m.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
