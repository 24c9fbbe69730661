package org.triangulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.EventCluster;
import org.triangulate.cluster.Membership;
import org.triangulate.cluster.Storyline;
import org.triangulate.extract.Article;

/**
 * Test fixture: the bundled seed pages ({@code demo/seeds}) as Articles, read by a deliberately simple reader that
 * drops obvious boilerplate lines, and the hand-made clustering the foundation issue expects ({000,001,002,004},
 * {003}). Lets the provenance, claims and corroborate stages be tested without the real extractor and clusterer.
 */
public final class SeedArticles {
    public static final String A000 = "000_2089505ca7ae6c1c";
    public static final String A001 = "001_af66a0ef15b64f64";
    public static final String A002 = "002_b20b783872e6a65a";
    public static final String A003 = "003_9a9297568ba89d2f";
    public static final String A004 = "004_955b2ae52f329cc3";

    /** Lines from which on the rest of a dump is not the article (related stories, feeds, sign-offs). */
    private static final List<String> STOP = List.of("What we know about", "News Feed", "Alexander Khrebet:",
            "By Naila", "AD");
    private static final List<String> DROP = List.of("Getty Images", "This audio is created", "Become a member",
            "(Photo:", "File Photo)", "chose to support", "Skip to content", "Edit post", "min read");

    private SeedArticles() {
    }

    public static Path dir() {
        for (Path p : List.of(Path.of("..", "demo", "seeds"), Path.of("demo", "seeds"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("demo/seeds not found from " + Path.of("").toAbsolutePath());
    }

    public static List<Article> all() {
        return List.of(read(A000, "The Kyiv Independent", "2024-11-20T09:01:00Z"),
                read(A001, "Bangkok Post", "2024-11-20T10:18:06.127Z"),
                read(A002, null, "2024-11-20T10:20:00Z"),
                read(A003, "The Kyiv Independent", "2023-12-23T15:40:00Z"),
                read(A004, null, null));
    }

    public static Clustering clustering() {
        EventCluster e1 = event("e1", List.of(A000, A001, A002, A004));
        EventCluster e2 = event("e2", List.of(A003));
        return new Clustering(List.of(), List.of(e1, e2),
                List.of(new Storyline("s1", "Putin ceasefire", List.of("e2", "e1"), List.of())));
    }

    private static EventCluster event(String id, List<String> ids) {
        List<Membership> members = ids.stream()
                .map(a -> new Membership(a, 1, null, List.of(), List.of(), null, "hand-made test clustering"))
                .toList();
        return new EventCluster(id, ids, members, List.of(), List.of(), null, null);
    }

    static Article read(String id, String outlet, String published) {
        Path file;
        try (Stream<Path> s = Files.list(dir())) {
            file = s.filter(p -> p.getFileName().toString().startsWith(id)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!lines.isEmpty() && lines.get(0).equals("---")) { // YAML front matter
            int end = lines.subList(1, lines.size()).indexOf("---") + 1;
            lines = lines.subList(end + 1, lines.size());
        }
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip().replace("(Story continues below)", "").strip()
                    .replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replaceFirst("^#+\\s*", "");
            if (STOP.stream().anyMatch(line::startsWith)) {
                break;
            }
            if (line.isEmpty() || line.startsWith("!") || DROP.stream().anyMatch(line::contains)) {
                continue;
            }
            int words = line.split("\\s+").length;
            if (title == null && words >= 4 && !line.endsWith(".")) {
                title = line;
                continue;
            }
            if (words >= 4) {
                paragraphs.add(line);
            }
        }
        return new Article(id, file.toString(), null, title, null, outlet,
                published == null ? null : Instant.parse(published), null, null, "en", null, null, null,
                paragraphs, Map.of());
    }
}
