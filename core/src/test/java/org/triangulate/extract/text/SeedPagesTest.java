package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

/**
 * The five bundled demo seeds (repo {@code demo/seeds/}) against the foundation issue's expectations. Paragraph
 * counts, first and last paragraphs were verified by reading each file.
 */
class SeedPagesTest {

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_2089505ca7ae6c1c.txt", "2024-11-20T09:01:00Z", 10,
                        "Russian President Vladimir Putin is willing to discuss a ceasefire",
                        "Trump has positioned himself as a potential peace broker",
                        "Putin open to discussing Ukraine ceasefire with Trump, Reuters reports",
                        "The Kyiv Independent news desk", "The Kyiv Independent"),
                Arguments.of("001_af66a0ef15b64f64.txt", "2024-11-20T10:18:06.127Z", 37,
                        "MOSCOW — Russian President Vladimir Putin is open to discussing",
                        "One of the Russian officials said there would be no agreement",
                        "Putin ‘open to Ukraine truce talks with Trump’", null, "Bangkok Post"),
                Arguments.of("002_b20b783872e6a65a.txt", "2024-11-20T10:20:00Z", 18,
                        "Vladimir Putin is open to discussing a Ukraine ceasefire deal",
                        "One of the Russian officials said there would be no agreement",
                        "Putin open to discussing Ukraine ceasefire deal with Donald Trump – media", null, null),
                Arguments.of("003_9a9297568ba89d2f.txt", "2023-12-23T15:40:00Z", 14,
                        "Russian President Vladimir Putin has been reportedly signaling",
                        "Ukrainian and Western leaders have also repeatedly said",
                        "NYT: Putin open to ceasefire if Russia keeps occupied territories",
                        "The Kyiv Independent news desk", "The Kyiv Independent"),
                Arguments.of("004_955b2ae52f329cc3.txt", null, 11,
                        "Russian President Vladimir Putin is willing to discuss a potential ceasefire",
                        "The decree was first proposed by Putin on September 25",
                        "Russian leader: Ceasefire must reflect realities on ground", "Naila Huseynova", "Caliber.Az"));
    }

    private static Path seedDir() {
        for (Path p : new Path[] {Path.of("..", "demo", "seeds"), Path.of("demo", "seeds")}) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("demo/seeds not found from " + Path.of("").toAbsolutePath());
    }

    private static Article extract(String name) throws IOException, ExtractionException {
        String text = Files.readString(seedDir().resolve(name));
        boolean markdown = text.startsWith("---");
        Extractor e = markdown ? new MarkdownExtractor() : new TextDumpExtractor();
        return e.extract(name, RawDocument.of(name, markdown ? Format.MARKDOWN : Format.TEXT, text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void matchesTheFoundationExpectations(String name, String published, int paragraphs, String first, String last,
                                          String title, String byline, String outlet) throws Exception {
        Article a = extract(name);
        assertThat(a.published()).isEqualTo(published == null ? null : Instant.parse(published));
        assertThat(a.paragraphs()).hasSize(paragraphs);
        assertThat(a.paragraphs().get(0)).startsWith(first);
        assertThat(a.paragraphs().get(a.paragraphs().size() - 1)).startsWith(last);
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.byline()).isEqualTo(byline);
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(a.text()).doesNotContain("AD AD", "Become a member", "$988 million", "MORE NEWS",
                "Story continues below", "News Feed", "opens new tab", "Kryvyi Rih", "IMF approves",
                "Media identifies nearly", "Zelensky meets with CIA", "(Photo: Reuters)", "Getty Images",
                "Reuters File Photo", "min read", "indicates required", "This audio", "Can we count on you",
                "Skip to content", "Edit post", "Editors' Picks", "Subscribe", "visa masterCard",
                "What we know about Trump’s plans", "Alexander Khrebet", "By Naila Huseynova", "](");
        assertThat(a.paragraphs()).noneMatch(p -> p.equals("AD") || p.startsWith("#") || p.equals(a.title()));
        if (published != null) {
            assertThat(a.provenance()).containsKey("published");
        }
    }

    @org.junit.jupiter.api.Test
    void seed002ExplainsWhichSignalDecidedTheZone() throws Exception {
        Article a = extract("002_b20b783872e6a65a.txt");
        assertThat(a.publishedLocal()).isEqualTo("2024-11-20T12:20+02:00");
        assertThat(a.provenance().get("published")).contains("'12:20 20.11.2024'").contains("Europe/Kyiv")
                .contains("uk-UA").contains("headline names UA");
    }

    @org.junit.jupiter.api.Test
    void seed001KeepsSubheadingsWithoutHashesAndDropsRepeatedCaptions() throws Exception {
        Article a = extract("001_af66a0ef15b64f64.txt");
        assertThat(a.paragraphs()).contains("Security guarantees, army limits", "‘Harsh truth: Russia is winning’");
        assertThat(a.paragraphs()).noneMatch(p -> p.startsWith("People block the entrance"));
        assertThat(a.paragraphs()).contains(
                "“A grand bargain, in my view, would be very difficult to reach as the positions of the two sides are very far apart.”");
        assertThat(a.dateline()).isEqualTo("MOSCOW");
        assertThat(a.language()).isEqualTo("en");
    }
}
