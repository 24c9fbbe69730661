package org.triangulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.EventCluster;
import org.triangulate.cluster.Membership;
import org.triangulate.extract.Article;

/**
 * Test fixture: the ECB+ documents (one sentence per line) as Articles with the gold event clusters, read from
 * {@code triangulate.data}/ecbplus. Skips the calling test when the data is absent.
 */
public final class EcbPlus {
    public record Corpus(List<Article> articles, Clustering clustering) {
    }

    private EcbPlus() {
    }

    public static Corpus load() throws IOException {
        String data = System.getProperty("triangulate.data");
        Path dir = data == null ? null : Path.of(data, "ecbplus");
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(dir.resolve("gold.json")),
                "ECB+ not found: set -Dtriangulate.data to the shared data folder (expects ecbplus/gold.json)");
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
        List<Article> articles = new ArrayList<>();
        List<EventCluster> events = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = gold.get("events").properties().iterator();
        while (it.hasNext()) {
            var e = it.next();
            List<String> ids = new ArrayList<>();
            for (JsonNode f : e.getValue()) {
                String file = f.asText();
                String id = file.replace(".txt", "");
                List<String> lines = Files.readAllLines(dir.resolve("docs").resolve(file), StandardCharsets.UTF_8)
                        .stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
                articles.add(new Article(id, file, null, null, null, null, null, null, null, "en", null, null,
                        null, lines, Map.of()));
                ids.add(id);
            }
            List<Membership> members = ids.stream()
                    .map(a -> new Membership(a, 1, null, List.of(), List.of(), null, "gold")).toList();
            events.add(new EventCluster(e.getKey(), ids, members, List.of(), List.of(), null, null));
        }
        return new Corpus(articles, new Clustering(List.of(), events, List.of()));
    }
}
