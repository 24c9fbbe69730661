package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    @Test
    void oneParagraphPerBlockWithWhitespaceCollapsed() {
        var root = Jsoup.parseBodyFragment("<div><h2>Costs</h2><p>A  <b>bold</b>\n claim.</p><ul><li>One</li>"
                + "<li>Two<br>lines</li></ul></div>").body();
        assertThat(TextRenderer.paragraphs(root)).containsExactly("Costs", "A bold claim.", "One", "Two", "lines");
    }

    @Test
    void anInlineElementDisplayedAsABlockDoesNotRunIntoItsNeighbours() {
        var root = Jsoup.parseBodyFragment("<p>Obsidian is Freemium<span class=\"block mt-1\">Notion is too</span></p>"
                + "<p><span>Inline</span><span>Glued</span> and <span style=\"display: block\">own line</span>.</p>").body();
        assertThat(TextRenderer.paragraphs(root)).containsExactly("Obsidian is Freemium Notion is too",
                "InlineGlued and own line .");
    }

    @Test
    void utf8ThatTheSourceItselfShowsAsWindows1252IsRepaired() {
        var root = Jsoup.parseBodyFragment("<p>AI isn&acirc;&euro;&trade;t just changing how we work.</p>"
                + "<p>Caf\u00e9 prices rose \u2014 a real dash stays.</p>").body();
        assertThat(TextRenderer.paragraphs(root)).containsExactly("AI isn\u2019t just changing how we work.",
                "Caf\u00e9 prices rose \u2014 a real dash stays.");
    }

    @Test
    void latin1ReadUtf8WithNoBreakSpacesIsRepairedToo() {
        // "let’s" and a no-break space, UTF-8 bytes shown one char per byte (C1 controls included)
        var root = Jsoup.parseBodyFragment("<p>Now let\u00e2\u0080\u0099s take a peek.\u00c2\u00a0Your cat \u00e2\u0080\u0094 covered.</p>").body();
        assertThat(TextRenderer.paragraphs(root)).containsExactly("Now let\u2019s take a peek. Your cat \u2014 covered.");
    }

    @Test
    void aRowOfPlainCellsIsOneLineWithTabsButALayoutCellKeepsItsParagraphs() {
        var root = Jsoup.parseBodyFragment("<table><tr><th>Rank</th><th>State</th><th>Rate</th></tr>"
                + "<tr><td>1</td><td><a href=/ak>Alaska</a></td><td>$14.55<br>per hour</td></tr></table>"
                + "<table><tr><td><p>First paragraph of a layout cell.</p><p>Second one.</p></td><td>Side</td></tr></table>")
                .body();
        assertThat(TextRenderer.paragraphs(root)).containsExactly("Rank\tState\tRate", "1\tAlaska\t$14.55 per hour",
                "First paragraph of a layout cell.", "Second one.", "Side");
    }

    @Test
    void eachParagraphKnowsWhatItIs() {
        var root = Jsoup.parseBodyFragment("<div><h2>Costs</h2><p>Intro.</p><ul><li><p>One</p></li><li>Two</li></ul>"
                + "<ol><li>First</li></ol><blockquote><p>Said once.</p><p>Said twice.</p></blockquote>"
                + "<pre>x = 1</pre><table><tr><th>Rank</th><th>State</th></tr><tr><td>1</td><td>Alaska</td></tr></table>"
                + "<h4>Notes</h4>After the list.</div>").body();
        assertThat(TextRenderer.blocks(root)).containsExactly(new Block("Costs", "h2"), new Block("Intro.", "p"),
                new Block("One", "bullet"), new Block("Two", "bullet"), new Block("First", "numbered"),
                new Block("Said once.", "quote"), new Block("Said twice.", "quote"), new Block("x = 1", "code"),
                new Block("Rank\tState", "row"), new Block("1\tAlaska", "row"), new Block("Notes", "h4"),
                new Block("After the list.", "p"));
    }
}
