package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

class TextDumpExtractorTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor();

    private Article extract(String text) throws ExtractionException {
        return extractor.extract("a1", RawDocument.of("snippet.txt", Format.TEXT, text));
    }

    private static final String PAGE = """
            This month, 1,000 people chose to support the Kyiv Independent. Can we count on you, too?
            Become a member
            Skip to content

            Zelensky meets with CIA director in Kyiv

            by The Kyiv Independent news desk December 22, 2024 1:17 AM 2 min read
            Volodymyr Zelensky speaks during a press conference in Kyiv on Dec. 19, 2024. (Genya Savilov/AFP via Getty Images)
            This audio is created with AI assistance

            President Volodymyr Zelensky said on Dec. 21 that he met with CIA Director William Burns in Ukraine, marking a rare public acknowledgment.

            The meeting focused on intelligence cooperation, he said (Story continues below) in a statement on Telegram.

            Burns has visited Kyiv several times since the start of the full-scale invasion, officials said.

            News Feed

            4:16 AM

            IMF approves $1.1 billion in funding for Ukraine.
            MORE NEWS
            """;

    @Test
    void keepsBodyAndDropsFurniture() throws ExtractionException {
        Article a = extract(PAGE);
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0)).startsWith("President Volodymyr Zelensky said on Dec. 21");
        assertThat(a.paragraphs().get(1)).isEqualTo("The meeting focused on intelligence cooperation, he said in a statement on Telegram.");
        assertThat(a.text()).doesNotContain("Become a member", "IMF", "Getty", "audio", "min read", "News Feed");
    }

    @Test
    void metadataFromBylineDeskAndOutletTable() throws ExtractionException {
        Article a = extract(PAGE);
        assertThat(a.title()).isEqualTo("Zelensky meets with CIA director in Kyiv");
        assertThat(a.byline()).isEqualTo("The Kyiv Independent news desk");
        assertThat(a.outlet()).isEqualTo("The Kyiv Independent");
        assertThat(a.published()).isEqualTo(Instant.parse("2024-12-21T23:17:00Z"));
        assertThat(a.publishedLocal()).isEqualTo("2024-12-22T01:17+02:00");
        assertThat(a.provenance().get("published")).contains("December 22, 2024 1:17 AM").contains("Europe/Kyiv")
                .contains("outlet table");
        assertThat(a.language()).isNull();
    }

    @Test
    void singleNewlineDumpSplitsIntoParagraphsAndTrailingByline() throws ExtractionException {
        Article a = extract("""
                Leader: Talks must reflect realities
                The president is willing to discuss a potential ceasefire deal but has ruled out concessions.
                He insists that the neighbour must abandon its aspirations, Example.Az reports via foreign media.
                The decree was first proposed on September 25, and the approved version expands the range of states.
                By Jane Doe-Smith""");
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.title()).isEqualTo("Leader: Talks must reflect realities");
        assertThat(a.byline()).isEqualTo("Jane Doe-Smith");
        assertThat(a.outlet()).isEqualTo("Example.Az");
        assertThat(a.published()).isNull();
        assertThat(a.text()).doesNotContain("Jane Doe-Smith");
    }

    @Test
    void sentenceStartingWithByIsNotAByline() {
        assertThat(LineClassifier.byline("By Tuesday, officials said the talks had stalled.")).isNull();
        assertThat(LineClassifier.byline("By contrast the army grew")).isNull();
        assertThat(LineClassifier.byline("By Naila Huseynova")).isEqualTo("Naila Huseynova");
    }

    @Test
    void unknownOutletAndNoSignalLeavesPublishedNull() throws ExtractionException {
        Article a = extract("""
                12:20 20.11.2024

                Talks stall again

                Negotiators left the room without an agreement on Tuesday evening, two people familiar with the matter said.

                A second round is planned, but no date has been set yet, the people added on condition of anonymity.
                """);
        assertThat(a.published()).isNull();
        assertThat(a.publishedLocal()).isEqualTo("2024-11-20T12:20");
        assertThat(a.provenance().get("published")).contains("left null");
    }

    @Test
    void adLinesAndNewTabResidueAreRemoved() throws ExtractionException {
        Article a = extract("""
                Under that draft, opens new tab, a copy of which Reuters has seen, Ukraine should agree to neutrality.

                One of the officials said there would be no agreement unless Ukraine received security guarantees.

                AD
                AD
                AD""");
        assertThat(a.paragraphs()).containsExactly(
                "Under that draft, a copy of which Reuters has seen, Ukraine should agree to neutrality.",
                "One of the officials said there would be no agreement unless Ukraine received security guarantees.");
    }

    @Test
    void teaserWithTruncatedBlurbIsDropped() throws ExtractionException {
        Article a = extract("""
                The poll found that most respondents were against territorial concessions in exchange for peace.

                Leaders have also repeatedly said that they do not believe the talks are in good faith at all.

                Opinion: Don’t write off people living under occupation
                Standing at an intersection just outside the town two years ago felt bittersweet. I still remember standing…
                """);
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).doesNotContain("Standing at");
    }

    @Test
    void singleNewlineDumpKeepsAParagraphEndingInAnEllipsis() throws ExtractionException {
        Article a = extract("""
                The minister said the talks would continue next week in Geneva, according to the statement.
                "We will see what the other side brings to the table, and then...
                The delegation is expected to arrive on Monday and stay for at least three days of meetings.""");
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void hardWrappedProseIsRejoined() throws ExtractionException {
        Article a = extract("""
                The officials said the agreement could be reached within weeks if both sides
                agreed to freeze the front line and postpone the question of territory.

                A second paragraph follows here and is long enough to count as body text on its own.
                """);
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(0)).contains("both sides agreed to freeze");
    }

    @Test
    void emptyOrFurnitureOnlyInputHasNoMainText() {
        assertThatThrownBy(() -> extract("")).isInstanceOf(ExtractionException.class).hasMessageContaining("no main text");
        assertThatThrownBy(() -> extract("Skip to content\nSubscribe\n* indicates required\n"))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("no main text");
    }

    @Test
    void randomLinesNeverThrowAnythingButExtractionException() {
        Random r = new Random(20241120);
        String[] pool = {"Subscribe", "AD", "11:50 PM", "News Feed", "By Someone", "(Photo: Reuters)", "…", "...",
                "12:20 20.11.2024", "Become a member", "The talks resumed on Monday after a long pause, officials said.",
                "", "   ", "#", "![x](y)", "---", "by", "By", "31.02.2024 10:00", "Kyiv —", "MOSCOW — Putin said.",
                "\u0000", "\t", "“", "support the ", "X reports via foreign media"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(20);
            for (int j = 0; j < n; j++) {
                if (r.nextInt(5) == 0) {
                    for (int k = r.nextInt(40); k > 0; k--) {
                        sb.append((char) r.nextInt(0x500));
                    }
                } else {
                    sb.append(pool[r.nextInt(pool.length)]);
                }
                sb.append(r.nextBoolean() ? "\n" : "\n\n");
            }
            try {
                Article a = extract(sb.toString());
                assertThat(a.paragraphs()).isNotEmpty();
            } catch (ExtractionException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }
}
