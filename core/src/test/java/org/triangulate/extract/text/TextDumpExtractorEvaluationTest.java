package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.ExtractionException;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

/**
 * Evaluation gate for {@link TextDumpExtractor} on the dev sets in {@code ../shared/data} (skipped when absent).
 * Two settings, scored with the token F1 of {@code shared/data/README.md}:
 * <ul>
 *   <li>clean: the expected article text itself as input. Measures "keeps every body paragraph" (recall).</li>
 *   <li>rendered: the page's HTML flattened to one line per block (what a text dump of a rendered page looks like;
 *       navigation, related links, comments and footers included). Measures boilerplate removal.</li>
 * </ul>
 * Floors are pinned a little under the figures measured when they were set (2026-11-24).
 */
class TextDumpExtractorEvaluationTest {

    private static Path data() {
        String dir = System.getProperty("triangulate.data");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "skipped: dev data not found (system property triangulate.data = " + dir + ")");
        return Path.of(dir);
    }

    record Score(double p, double r, double f1, int pages) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d P=%.3f R=%.3f F1=%.3f", pages, p, r, f1);
        }
    }

    @Test
    void cleanTextKeepsTheBody() throws IOException {
        Path data = data();
        Score wcxb = run(data.resolve("wcxb-dev"), false);
        Score readability = run(data.resolve("readability"), false);
        System.out.println("TextDumpExtractor clean wcxb-dev " + wcxb + "; readability " + readability);
        assertThat(wcxb.r()).isGreaterThanOrEqualTo(0.97);       // measured 0.984
        assertThat(readability.r()).isGreaterThanOrEqualTo(0.93); // measured 0.949
    }

    @Test
    void renderedReadabilityPagesLoseTheirFurniture() throws IOException {
        Score s = run(data().resolve("readability"), true);
        System.out.println("TextDumpExtractor rendered readability " + s);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.83); // measured 0.852
        assertThat(s.p()).isGreaterThanOrEqualTo(0.81);  // measured 0.836
    }

    private static Score run(Path set, boolean rendered) throws IOException {
        assumeTrue(Files.isDirectory(set), "skipped: " + set + " not found");
        TextDumpExtractor extractor = new TextDumpExtractor();
        double p = 0;
        double r = 0;
        double f = 0;
        int n = 0;
        List<Path> dirs;
        try (var s = Files.list(set)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            Path exp = dir.resolve("expected.txt");
            if (!Files.exists(exp)) {
                continue;
            }
            String expected = Files.readString(exp);
            String input = rendered ? render(dir) : expected;
            if (input == null) {
                continue;
            }
            String out;
            try {
                out = extractor.extract("e", RawDocument.of(dir.toString(), Format.TEXT, input)).text();
            } catch (ExtractionException e) {
                out = "";
            }
            double[] m = prf(out, expected);
            p += m[0];
            r += m[1];
            f += m[2];
            n++;
        }
        return new Score(p / n, r / n, f / n, n);
    }

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "head", "math");
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "table", "tr", "td", "th", "blockquote", "pre", "figure", "figcaption", "section", "article", "br", "hr",
            "header", "footer", "nav", "aside", "main", "dd", "dt", "dl", "form", "address", "details", "summary");

    /** The page as a text dump: one line per block, scripts and styles dropped. */
    static String render(Path dir) throws IOException {
        Path gz = dir.resolve("source.html.gz");
        Path html = dir.resolve("source.html");
        String source;
        if (Files.exists(gz)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } else if (Files.exists(html)) {
            source = Files.readString(html);
        } else {
            return null;
        }
        Element body = Jsoup.parse(source).body();
        body.select(String.join(",", SKIP)).remove();
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    sb.append('\n');
                }
            }
        }, body);
        StringBuilder out = new StringBuilder();
        for (String line : sb.toString().split("\n")) {
            String s = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!s.isEmpty()) {
                out.append(s).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("\\s+")) {
            String x = t.replaceAll("\\p{P}", "");
            if (!x.isEmpty()) {
                out.add(x);
            }
        }
        return out;
    }

    static double[] prf(String output, String expected) {
        List<String> o = tokens(output);
        List<String> e = tokens(expected);
        if (o.isEmpty() && e.isEmpty()) {
            return new double[] {1, 1, 1};
        }
        if (o.isEmpty() || e.isEmpty()) {
            return new double[] {0, 0, 0};
        }
        Map<String, Integer> counts = new HashMap<>();
        e.forEach(t -> counts.merge(t, 1, Integer::sum));
        int overlap = 0;
        for (String t : o) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                overlap++;
                counts.put(t, c - 1);
            }
        }
        double p = (double) overlap / o.size();
        double r = (double) overlap / e.size();
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}
