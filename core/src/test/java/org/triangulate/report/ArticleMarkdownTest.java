package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.Article;
import org.triangulate.extract.text.MarkdownExtractor;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

class ArticleMarkdownTest {
    private static final String LEAD = "MOSCOW — Russian President Vladimir Putin is open to discussing a ceasefire "
            + "deal with U.S. President-elect Donald Trump, five current and former Russian officials told Reuters.";

    private static Article article(List<String> paragraphs, List<String> kinds) {
        return new Article("a1", "saved/putin.html", "https://example.org/putin", "Putin \"open\" to talks",
                "Guy Faulconbridge", "Reuters", Instant.parse("2024-11-20T08:18:00Z"), "2024-11-20T11:18+03:00", null,
                "en", "Putin is open to talks.", null, "MOSCOW", paragraphs, Map.of(), kinds);
    }

    @Test
    void structureBecomesMarkdownAndMetadataFrontMatter() {
        Article a = article(List.of("Putin \"open\" to talks", LEAD, "Security guarantees", "No NATO", "Army limits",
                        "It would be very difficult.", "Region\tControlled", "Donetsk\t70%", "Luhansk|east\t99%", "x = 1"),
                List.of("h1", "p", "h2", "bullet", "bullet", "quote", "row", "row", "row", "code"));
        String md = ArticleMarkdown.of(a);
        assertThat(md).startsWith("---\ntitle: \"Putin \\\"open\\\" to talks\"\nauthor: \"Guy Faulconbridge\"\n"
                + "site_name: \"Reuters\"\nurl: \"https://example.org/putin\"\ndate: \"2024-11-20T11:18+03:00\"\n");
        assertThat(md).contains("source: \"saved/putin.html\"\n---\n\n# Putin \"open\" to talks\n\n" + LEAD + "\n\n"
                + "## Security guarantees\n\n- No NATO\n- Army limits\n\n> It would be very difficult.\n\n"
                + "| Region | Controlled |\n| --- | --- |\n| Donetsk | 70% |\n| Luhansk\\|east | 99% |\n\n```\nx = 1\n```\n");
        // the h1 that repeats the title is printed once
        assertThat(md.split("# Putin", -1)).hasSize(2);
    }

    @Test
    void textThatWouldReadAsSyntaxIsEscaped() {
        assertThat(ArticleMarkdown.inline("# 1 in the charts")).isEqualTo("\\# 1 in the charts");
        assertThat(ArticleMarkdown.inline("2024. A year of war.")).isEqualTo("2024\\. A year of war.");
        assertThat(ArticleMarkdown.inline("- or so they said")).isEqualTo("\\- or so they said");
        assertThat(ArticleMarkdown.inline("> 50 killed")).isEqualTo("\\> 50 killed");
        assertThat(ArticleMarkdown.inline("#MeToo spread")).isEqualTo("#MeToo spread");
        assertThat(ArticleMarkdown.inline("2024 was a year")).isEqualTo("2024 was a year");
        // page text never becomes markup or an entity where the Markdown is rendered
        assertThat(ArticleMarkdown.inline("Put <script>alert(1)</script> in &amp; out"))
                .isEqualTo("Put \\<script>alert(1)\\</script> in \\&amp; out");
        assertThat(ArticleMarkdown.inline("5 < 6 & 7 > 3")).isEqualTo("5 < 6 & 7 > 3");
    }

    @Test
    void aParagraphWithoutStructureIsPlainAndTheOutputReadsBackAsTheSameArticle() throws Exception {
        Article a = article(List.of(LEAD, "The Kremlin declined to comment on the report."), List.of());
        String md = ArticleMarkdown.of(a);
        Article back = new MarkdownExtractor().extract("b", RawDocument.of("putin.md", Format.MARKDOWN, md));
        assertThat(back.title()).isEqualTo(a.title());
        assertThat(back.byline()).isEqualTo(a.byline());
        assertThat(back.outlet()).isEqualTo(a.outlet());
        assertThat(back.url()).isEqualTo(a.url());
        assertThat(back.published()).isEqualTo(a.published());
        assertThat(back.language()).isEqualTo("en");
        assertThat(back.text()).contains(LEAD).contains("The Kremlin declined to comment on the report.");
    }

    @Test
    void markdownStructureSurvivesARoundTrip() throws Exception {
        Article a = article(List.of(LEAD, "Security guarantees", "No NATO membership for Ukraine.",
                "Limits on the size of its army.", "The Kremlin declined to comment on the report."),
                List.of("p", "h2", "bullet", "bullet", "p"));
        Article back = new MarkdownExtractor().extract("b", RawDocument.of("putin.md", Format.MARKDOWN, ArticleMarkdown.of(a)));
        assertThat(back.paragraphs()).containsSubsequence(a.paragraphs());
        int h = back.paragraphs().indexOf("Security guarantees");
        assertThat(back.kind(h)).isEqualTo("h2");
        assertThat(back.kind(h + 1)).isEqualTo("bullet");
        assertThat(ArticleMarkdown.of(back)).contains("## Security guarantees\n\n- No NATO membership for Ukraine.\n"
                + "- Limits on the size of its army.\n\nThe Kremlin declined");
    }
}
