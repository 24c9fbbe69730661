package org.triangulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.Article;
import org.triangulate.ingest.InputError;

/**
 * Issue 4: every input format read end to end, as {@code triangulate extract} reads it, from the own-made fixtures
 * in {@code src/test/resources/formats} and {@code bad-inputs} (written by {@code scripts/make-format-fixtures.py}).
 */
class TriangulateInputFormatsTest {
    private final Triangulate triangulate = Triangulate.standard();

    private static String resource(String name) {
        try {
            return Path.of(TriangulateInputFormatsTest.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Result(Map<String, Article> articles, List<InputError> errors) {
    }

    /** Articles by source name relative to the resource folder ("formats/crawl.warc.gz#3"). */
    private Result extract(String... names) {
        List<String> inputs = new ArrayList<>();
        for (String n : names) {
            inputs.add(resource(n));
        }
        List<Article> articles = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        triangulate.extract(inputs, articles::add, errors::add);
        String root = resource("formats").replace("formats", "");
        return new Result(articles.stream().collect(Collectors.toMap(a -> a.source().replace(root, ""),
                Function.identity(), (x, y) -> x, java.util.LinkedHashMap::new)), errors);
    }

    @Test
    void warcKeepsSuccessfulHtmlCapturesAndDecodesTheirBodies() {
        Result r = extract("formats/crawl.warc.gz");
        assertThat(r.errors()).isEmpty();
        // warcinfo, request, redirect, image, 404, revisit and metadata records are not articles
        assertThat(r.articles()).containsOnlyKeys("formats/crawl.warc.gz#3", "formats/crawl.warc.gz#4",
                "formats/crawl.warc.gz#5", "formats/crawl.warc.gz#11", "formats/crawl.warc.gz#12");
        Article wire = r.articles().get("formats/crawl.warc.gz#3");
        assertThat(wire.url()).isEqualTo("https://wire.example.com/world/2024/11/20/kyiv-drones/");
        assertThat(wire.published()).isEqualTo(Instant.parse("2024-11-20T07:01:00Z"));
        assertThat(wire.dateline()).isEqualTo("KYIV");
        Article cyrillic = r.articles().get("formats/crawl.warc.gz#4");
        assertThat(cyrillic.text()).contains("Сили протиповітряної оборони збили 56 із 74");
        assertThat(cyrillic.provenance().get("charset")).isEqualTo("windows-1251 (transport windows-1251)");
        assertThat(cyrillic.language()).isEqualTo("uk");
        assertThat(cyrillic.dateline()).isEqualTo("КИЇВ");
        // gzip content-encoding inside chunked transfer-encoding
        assertThat(r.articles().get("formats/crawl.warc.gz#5").text()).startsWith("KYIV, Nov 20 (Reuters) -");
    }

    @Test
    void arcRecordsAreRead() {
        Result r = extract("formats/old.arc");
        assertThat(r.errors()).isEmpty();
        assertThat(r.articles()).containsOnlyKeys("formats/old.arc#2");
        assertThat(r.articles().get("formats/old.arc#2").url())
                .isEqualTo("http://wire.example.com/2024/11/20/kyiv-drones.html");
    }

    @Test
    void feedItemsBecomeArticlesAndUseSavedPagesOfTheBatch() {
        Result r = extract("formats/feeds", "formats/saved");
        // the saved pages come out once, as the items that link to them
        assertThat(r.articles()).containsOnlyKeys("formats/feeds/daily.atom#1", "formats/feeds/daily.atom#2",
                "formats/feeds/world.rss#1", "formats/feeds/world.rss#2", "formats/feeds/world.rss#3");
        Article saved = r.articles().get("formats/feeds/world.rss#1");
        assertThat(saved.provenance()).containsEntry("text", "html main-content pass strict");
        assertThat(saved.paragraphs()).hasSize(3);
        assertThat(saved.url()).isEqualTo("https://wire.example.com/world/2024/11/20/kyiv-drones");

        Article encoded = r.articles().get("formats/feeds/world.rss#2");
        assertThat(encoded.byline()).as("RSS <author> 'desk@... (Name)'").isEqualTo("Tom Balmforth");
        assertThat(encoded.published()).isEqualTo(Instant.parse("2024-11-20T08:30:00Z"));
        assertThat(encoded.provenance().get("published")).startsWith("rss pubDate; the page gave only the day");
        assertThat(encoded.paragraphs()).as("same slug, but the saved page is another site's").hasSize(2);

        Article relative = r.articles().get("formats/feeds/daily.atom#1");
        assertThat(relative.url()).isEqualTo("https://daily.example.net/2024/11/20/debris");
        assertThat(relative.byline()).isEqualTo("Daria Tarasova");
        assertThat(relative.published()).isEqualTo(Instant.parse("2024-11-20T07:30:00Z"));
        assertThat(r.articles().get("formats/feeds/daily.atom#2").paragraphs()).hasSize(2);

        assertThat(r.errors()).extracting(InputError::reason)
                .containsExactly("feed item has no content, description or local page");
        assertThat(r.errors().get(0).source()).endsWith("world.rss#4");
    }

    @Test
    void aFeedItemWhosePageWasCapturedInTheBatchComesOutOnceAsThatPageWithTheItemsMetadata() {
        Result r = extract("formats/feeds", "formats/crawl.warc.gz");
        assertThat(r.articles()).doesNotContainKey("formats/feeds/world.rss#3").containsKey("formats/feeds/world.rss#2");
        Article captured = r.articles().get("formats/crawl.warc.gz#12");
        assertThat(captured.title()).isEqualTo("Moscow says it struck Ukraine's energy targets");
        assertThat(captured.byline()).isEqualTo("Guy Faulconbridge");
        // the page gave only the URL's day; the item's pubDate gives the time
        assertThat(captured.published()).isEqualTo(Instant.parse("2024-11-20T14:45:00Z"));
        assertThat(captured.provenance().get("published")).startsWith("rss pubDate (").contains("world.rss#3)");
        // feeds come after the other inputs of a batch
        assertThat(r.articles().keySet().iterator().next()).startsWith("formats/crawl.warc.gz");
    }

    @Test
    void jsonLinesAreDocumentsAndBadLinesAreNamed() {
        Result r = extract("formats/pages.jsonl");
        assertThat(r.articles()).containsOnlyKeys("formats/pages.jsonl#1", "formats/pages.jsonl#2",
                "formats/pages.jsonl#3");
        assertThat(r.articles().get("formats/pages.jsonl#1").published())
                .isEqualTo(Instant.parse("2024-11-20T07:01:00Z"));
        Article text = r.articles().get("formats/pages.jsonl#2");
        assertThat(text.byline()).isEqualTo("Daria Tarasova");
        assertThat(text.dateline()).isEqualTo("KYIV");
        assertThat(r.articles().get("formats/pages.jsonl#3").language()).isEqualTo("uk");
        assertThat(r.errors()).extracting(e -> e.source().substring(e.source().lastIndexOf('#')) + " " + e.reason())
                .containsExactly("#4 invalid JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                        "#5 no html, text or markdown field");
    }

    @Test
    void markdownFrontMatterAndTextDumpsInFoldersFoundRecursively() {
        Result r = extract("formats/notes", "formats/dumps/kyiv-drones.txt");
        assertThat(r.errors()).isEmpty();
        Article md = r.articles().get("formats/notes/2024/kyiv-drones.md");
        assertThat(md.title()).isEqualTo("Ukraine shoots down 56 of 74 Russian drones");
        assertThat(md.outlet()).isEqualTo("Example Wire");
        assertThat(md.published()).isEqualTo(Instant.parse("2024-11-20T07:01:00Z"));
        assertThat(md.paragraphs()).contains("Damage in the capital");
        Article dump = r.articles().get("formats/dumps/kyiv-drones.txt");
        assertThat(dump.byline()).isEqualTo("Olena Harmash");
        assertThat(dump.published()).isEqualTo(Instant.parse("2024-11-20T07:01:00Z"));
        assertThat(dump.dateline()).isEqualTo("KYIV");
        assertThat(dump.text()).doesNotContain("Share this article", "Skip to main content");
    }

    @Test
    void badInputsAreNamedWithTheirReasonAndTheRestComesOut() {
        Result r = extract("bad-inputs", "formats/dumps");
        assertThat(r.articles()).containsOnlyKeys("bad-inputs/old091.rss#1", "formats/dumps/kyiv-drones.txt");
        assertThat(r.articles().get("bad-inputs/old091.rss#1").title()).isEqualTo("Café reopens");
        Map<String, String> reasons = r.errors().stream().collect(Collectors.toMap(
                e -> Path.of(e.source().replaceAll("#\\d+$", "")).getFileName().toString(), InputError::reason));
        assertThat(reasons).containsOnlyKeys("cut.warc", "image.html", "laughs.rss", "xxe.rss");
        assertThat(reasons.get("cut.warc")).startsWith("broken WARC record");
        assertThat(reasons.get("image.html")).startsWith("binary content");
        assertThat(reasons.get("laughs.rss")).startsWith("feed refused: its DOCTYPE declares entities");
        assertThat(reasons.get("xxe.rss")).startsWith("feed refused: its DOCTYPE declares entities");
    }
}
