package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triangulate.extract.lang.LanguageDetector;
import org.triangulate.extract.lang.LanguageResolver;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

class FormatDispatchingExtractorTest {
    private static final String EN = "Russian President Vladimir Putin is open to discussing a Ukraine ceasefire deal "
            + "with Donald Trump but rules out making any major territorial concessions, officials said.";

    private static LanguageResolver languages;

    @BeforeAll
    static void load() {
        languages = new LanguageResolver(new LanguageDetector());
    }

    /** A page extractor that found only the body (and, when asked, a title and a declared language). */
    private static Extractor page(String title, String lang, String langVia) {
        return (id, doc) -> new Article(id, doc.source(), null, title, null, null, null, null, null, lang, null, null,
                null, List.of(EN), langVia == null ? Map.of() : Map.of("language", langVia));
    }

    private static Extractor failing() {
        return (id, doc) -> {
            throw new AssertionError("wrong extractor for " + doc.format());
        };
    }

    private static RawDocument feedItem(Map<String, String> fields) {
        return new RawDocument("feed.xml#1", Format.HTML, ("<p>" + EN + "</p>").getBytes(StandardCharsets.UTF_8),
                "UTF-8", "https://wire.example.ua/2024/11/20/putin", null, fields);
    }

    @Test
    void fillsWhatThePageLackedFromTheContainerAndRecordsWhere() throws ExtractionException {
        var x = new FormatDispatchingExtractor(page(null, null, null), failing(), failing(), languages);
        Article a = x.extract("feed-1", feedItem(Map.of(
                "container", "rss",
                "title", "Putin open to talks", "provenance.title", "rss item title",
                "author", "Naila Huseynova", "provenance.author", "rss item author",
                "outlet", "Kyiv Wire", "provenance.outlet", "rss channel title",
                "published", "Wed, 20 Nov 2024 11:01:00 +0200", "provenance.published", "rss pubDate")));

        assertThat(a.title()).isEqualTo("Putin open to talks");
        assertThat(a.byline()).isEqualTo("Naila Huseynova");
        assertThat(a.outlet()).isEqualTo("Kyiv Wire");
        assertThat(a.url()).isEqualTo("https://wire.example.ua/2024/11/20/putin");
        assertThat(a.published()).isEqualTo(Instant.parse("2024-11-20T09:01:00Z"));
        assertThat(a.publishedLocal()).isEqualTo("2024-11-20T11:01+02:00");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.provenance())
                .containsEntry("title", "rss item title")
                .containsEntry("byline", "rss item author")
                .containsEntry("outlet", "rss channel title")
                .containsEntry("published", "rss pubDate")
                .containsEntry("url", "container url")
                .hasEntrySatisfying("language", v -> assertThat(v).startsWith("detected (opennlp, p="));
    }

    @Test
    void neverOverwritesWhatThePageSaid() throws ExtractionException {
        var x = new FormatDispatchingExtractor(page("Page's own title", "en", "html lang"), failing(), failing(),
                languages);
        Article a = x.extract("x", feedItem(Map.of("title", "Feed title", "language", "de",
                "published", "not a date")));
        assertThat(a.title()).isEqualTo("Page's own title");
        assertThat(a.published()).isNull();
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.provenance()).containsEntry("language", "declared html lang, confirmed")
                .doesNotContainKeys("title", "published");
    }

    @Test
    void containerLanguageIsADeclarationToCheck() throws ExtractionException {
        var x = new FormatDispatchingExtractor(page(null, null, null), failing(), failing(), languages);
        Article a = x.extract("x", feedItem(Map.of("language", "en-us", "provenance.language", "rss channel language")));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.provenance()).containsEntry("language", "declared rss channel language, confirmed");
    }

    @Test
    void dispatchesByFormatAndRefusesContainers() throws ExtractionException {
        var x = new FormatDispatchingExtractor(failing(), page("md", null, null), page("txt", null, null), languages);
        assertThat(x.extract("a", RawDocument.of("a.md", Format.MARKDOWN, "# md")).title()).isEqualTo("md");
        assertThat(x.extract("b", RawDocument.of("b.txt", Format.TEXT, "txt")).title()).isEqualTo("txt");
        assertThatThrownBy(() -> x.extract("c", RawDocument.of("c.warc", Format.WARC, "WARC/1.1")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("must be expanded by the ingester");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-11-20T10:18:06Z              | 2024-11-20T10:18:06Z | ''
            2024-11-20T12:20:00+02:00         | 2024-11-20T10:20:00Z | ''
            2024-11-20 12:20:00+02:00         | 2024-11-20T10:20:00Z | ''
            2024-11-20T10:18:06               | 2024-11-20T10:18:06Z | ' (no zone given, read as UTC)'
            2024-11-20                        | 2024-11-20T00:00:00Z | ' (date only, 00:00 UTC)'
            Wed, 20 Nov 2024 10:18:06 GMT     | 2024-11-20T10:18:06Z | ''
            20 Nov 2024 05:18:06 EST          | 2024-11-20T10:18:06Z | ''
            1732097886                        | 2024-11-20T10:18:06Z | ' (epoch seconds)'
            """)
    void parsesIsoAndRfc822Dates(String raw, String expected, String note) {
        var d = FormatDispatchingExtractor.parseDate(raw);
        assertThat(d).isNotNull();
        assertThat(d.instant()).isEqualTo(Instant.parse(expected));
        assertThat(d.note()).isEqualTo(note);
    }

    @Test
    void unparseableDatesAreNotUsed() {
        assertThat(FormatDispatchingExtractor.parseDate("yesterday")).isNull();
        assertThat(FormatDispatchingExtractor.parseDate("32.13.2024")).isNull();
    }

    @Test
    void aContainerTimestampRefinesTheBareDayThePageGaveButNeverContradictsIt() throws ExtractionException {
        Extractor urlDay = (id, doc) -> new Article(id, doc.source(), null, "T", null, null,
                Instant.parse("2024-11-20T00:00:00Z"), "2024-11-20", null, "en", null, null, null, List.of(EN),
                Map.of("published", "url path"));
        var x = new FormatDispatchingExtractor(urlDay, failing(), failing(), languages);

        Article same = x.extract("a", feedItem(Map.of("published", "Wed, 20 Nov 2024 23:30:00 -0500",
                "provenance.published", "rss pubDate")));
        assertThat(same.published()).isEqualTo(Instant.parse("2024-11-21T04:30:00Z"));
        assertThat(same.publishedLocal()).isEqualTo("2024-11-20T23:30-05:00");
        assertThat(same.provenance().get("published")).isEqualTo("rss pubDate; the page gave only the day (url path)");

        Article other = x.extract("b", feedItem(Map.of("published", "2024-11-22T08:00:00Z",
                "provenance.published", "rss pubDate")));
        assertThat(other.published()).isEqualTo(Instant.parse("2024-11-20T00:00:00Z"));
        assertThat(other.provenance()).containsEntry("published", "url path");
    }
}
