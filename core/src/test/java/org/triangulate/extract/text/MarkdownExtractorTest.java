package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

class MarkdownExtractorTest {
    private final MarkdownExtractor extractor = new MarkdownExtractor();

    private Article extract(String text) throws ExtractionException {
        return extractor.extract("m1", RawDocument.of("page.md", Format.MARKDOWN, text));
    }

    private static final String PAGE = """
            ---
            layout: post
            origin_url: "https://www.bangkokpost.com/world/2905601/putin-open"
            image: "https://example.org/a.jpg"
            title: ""
            description: "MOSCOW — Putin is open to talks."
            language: "en"
            date: 2024-11-20T10:18:06.127Z
            ---

            #\s

            Putin ‘open to Ukraine truce talks with Trump’

            ![People block the entrance to the consulate, on Nov 17. (Photo: Reuters)](https://example.org/1.jpg)

            People block the entrance to the consulate, on Nov 17. (Photo: Reuters)

            MOSCOW — Russian President Vladimir Putin is open to discussing a **ceasefire** deal, five sources told Reuters.

            On Tuesday, Kyiv [used the missiles](https://example.org/x) to strike Russian territory for the *first* time.

            #### Security guarantees, army limits

            “A grand bargain would be very difficult to reach.” (Story continues below)

            ![Trump and Putin in Osaka. (Reuters File Photo)](https://example.org/2.jpg)

            Trump and Putin in Osaka. (Reuters File Photo)

            The future of Crimea itself is not up for discussion, all the officials said.
            """;

    @Test
    void frontMatterMetadata() throws ExtractionException {
        Article a = extract(PAGE);
        assertThat(a.title()).isEqualTo("Putin ‘open to Ukraine truce talks with Trump’");
        assertThat(a.published()).isEqualTo(Instant.parse("2024-11-20T10:18:06.127Z"));
        assertThat(a.provenance().get("published")).startsWith("front-matter date");
        assertThat(a.outlet()).isEqualTo("Bangkok Post");
        assertThat(a.url()).isEqualTo("https://www.bangkokpost.com/world/2905601/putin-open");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.image()).isEqualTo("https://example.org/a.jpg");
        assertThat(a.description()).isEqualTo("MOSCOW — Putin is open to talks.");
        assertThat(a.dateline()).isEqualTo("MOSCOW");
    }

    @Test
    void bodyWithoutMarkupCaptionsOrResidue() throws ExtractionException {
        Article a = extract(PAGE);
        assertThat(a.paragraphs()).containsExactly(
                "MOSCOW — Russian President Vladimir Putin is open to discussing a ceasefire deal, five sources told Reuters.",
                "On Tuesday, Kyiv used the missiles to strike Russian territory for the first time.",
                "Security guarantees, army limits",
                "“A grand bargain would be very difficult to reach.”",
                "The future of Crimea itself is not up for discussion, all the officials said.");
    }

    @Test
    void headingTitleAndSoftWrapsAndLists() throws ExtractionException {
        Article a = extract("""
                # Talks stall in Geneva

                _By_ the time the delegations left, no agreement had been
                reached on the main points, officials said.

                - first point of the plan was accepted by both delegations in full
                - second point was rejected by one of the delegations outright

                [ref]: https://example.org
                """);
        assertThat(a.title()).isEqualTo("Talks stall in Geneva");
        assertThat(a.provenance().get("title")).isEqualTo("markdown # heading");
        assertThat(a.paragraphs()).containsExactly(
                "By the time the delegations left, no agreement had been reached on the main points, officials said.",
                "first point of the plan was accepted by both delegations in full",
                "second point was rejected by one of the delegations outright");
    }

    @Test
    void frontMatterDateWithoutZoneUsesOutletZone() throws ExtractionException {
        Article a = extract("""
                ---
                url: https://kyivindependent.com/x
                date: 2024-11-20 11:01
                ---
                Negotiators left the room without an agreement on Tuesday evening, two people familiar said.
                """);
        assertThat(a.published()).isEqualTo(Instant.parse("2024-11-20T09:01:00Z"));
        assertThat(a.outlet()).isEqualTo("The Kyiv Independent");
        assertThat(a.provenance().get("published")).contains("front-matter date").contains("Europe/Kyiv");
    }

    @Test
    void brokenFrontMatterNeverThrows() throws ExtractionException {
        Article a = extract("---\ntitle: [unclosed\ndate: 31.02.2024\n---\nA body line that is long enough to be the text of the page.\n");
        assertThat(a.published()).isNull();
        assertThat(a.provenance().get("published")).contains("unreadable");
    }

    @Test
    void randomMarkdownNeverThrowsAnythingButExtractionException() {
        Random r = new Random(7);
        String[] pool = {"---", "title: x", "date: 2024-11-20", "# ", "## Heading", "![a](b)", "[l](u)", "**b**",
                "_i_", "```", "> quote", "- item", "1. item", "| a | b |", "===",
                "The talks resumed on Monday after a long pause, officials said.", "", "* indicates required"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = r.nextInt(20); j > 0; j--) {
                sb.append(pool[r.nextInt(pool.length)]).append(r.nextBoolean() ? "\n" : "\n\n");
            }
            try {
                extract(sb.toString());
            } catch (ExtractionException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }
}
