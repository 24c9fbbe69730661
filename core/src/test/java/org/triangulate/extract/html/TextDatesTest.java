package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextDatesTest {

    @Test
    void readsADateUnderAPublishedLabel() {
        var doc = Jsoup.parse("<div class=\"post-sidebar\"><h4>Published</h4><div>July 8, 2025</div></div>");
        TextDates d = TextDates.labelled(doc);
        assertThat(d.published()).isNotNull();
        assertThat(d.published().local().toLocalDate()).isEqualTo(LocalDate.of(2025, 7, 8));
    }

    @Test
    void ignoresLabelsInsideOtherStories() {
        var doc = Jsoup.parse("<ul class=\"related\"><li><span>Published</span><span>July 8, 2025</span></li></ul>");
        assertThat(TextDates.labelled(doc).published()).isNull();
    }

    @Test
    void readsTheDateBesideTheByline() {
        var doc = Jsoup.parse("<div class=\"details\"><p class=\"who\">Luke Kim</p><small>December 17, 2025</small></div>");
        TextDates d = TextDates.nearByline(doc.selectFirst("p.who"));
        assertThat(d.published().local().toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 17));
        var updated = Jsoup.parse("<div><p class=\"who\">Luke Kim</p><small>Updated Dec 18, 2025</small></div>");
        TextDates u = TextDates.nearByline(updated.selectFirst("p.who"));
        assertThat(u.published()).isNull();
        assertThat(u.modified()).isNotNull();
    }

    @Test
    void aDateAfterAnUpdatedLabelInASiblingIsAModification() {
        var doc = Jsoup.parse("<h1>Best VPNs</h1><span class=\"post-date\"><span>Last Updated</span> <span>on</span>"
                + " <span class=\"date\">Mar 11, 2026</span></span><p>Text.</p>");
        TextDates d = TextDates.find(doc);
        assertThat(d.published()).isNull();
        assertThat(d.modified().local().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(TextDates.nearHeadline(doc, "Best VPNs").published()).isNull();
    }

    @Test
    void reviewAndCopyrightDatesAreNeitherPublicationNorModification() {
        var doc = Jsoup.parse("<div class=\"meta\">Medically reviewed on March 3, 2025</div>");
        TextDates d = TextDates.find(doc);
        assertThat(d.published()).isNull();
        assertThat(d.modified()).isNull();
    }

    @Test
    void readsAPublicationLabelAndTheDateInOneLine() {
        var doc = Jsoup.parse("<div style=\"text-align:center\">Posted on the 15/12/2025 at 19:00 by <a href=\"/gg\">gg</a></div>");
        TextDates d = TextDates.inlineLabelled(doc);
        assertThat(d.published().localIso()).isEqualTo("2025-12-15T19:00");
        var split = Jsoup.parse("<p><b>Published:</b> March 3rd, 2025</p>");
        assertThat(TextDates.inlineLabelled(split).published().local().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    void anOriginallyPublishedNoteGivesTheFirstPublication() {
        var doc = Jsoup.parse("<p class=\"date\">30 Sep 2022, 11:07am</p><p>This article was originally published on 26 Sep 2019"
                + " at 4:12pm but has been regularly updated to keep the information current.</p>");
        TextDates d = TextDates.inlineLabelled(doc);
        assertThat(d.original()).isTrue();
        assertThat(d.published().localIso()).isEqualTo("2019-09-26T16:12");
    }

    @Test
    void readsVisibleMicrodataWithoutAMachineValue() {
        var doc = Jsoup.parse("<ul class=\"post-info\"><li itemprop=\"datePublished\"><span><time>December 3, 2025</time></span>"
                + "</li></ul>");
        assertThat(TextDates.microdata(doc).published().local().toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 3));
    }

    @Test
    void aLabelMayHaveAScreenReaderHeadingBeforeItsDate() {
        var doc = Jsoup.parse("<div><h4>Published</h4><h3 class=\"sr-only\">Publish date</h3> <time datetime=\"2018-11-15T12:00:00Z\">"
                + "15 November 2018</time></div>");
        assertThat(TextDates.labelled(doc).published().local().toLocalDate()).isEqualTo(LocalDate.of(2018, 11, 15));
    }

    @Test
    void nearTheHeadlineTheTimeElementsMachineValueWinsAndTheBodyEndsTheSearch() {
        var doc = Jsoup.parse("<html lang=\"en\"><h1>Candidate experience</h1><div class=\"node__meta\">"
                + "<time datetime=\"2017-03-01T12:00:00Z\">03/01/2017</time> by Agatha</div></html>");
        assertThat(TextDates.nearHeadline(doc, "Candidate experience").published().localIso()).isEqualTo("2017-03-01T12:00Z");
        String para = "<p>" + "A long paragraph of the article body that goes on and on about solar credits. ".repeat(3) + "</p>";
        var body = Jsoup.parse("<h1>Solar credits</h1>" + para + para + "<ul><li>Installed after April 15, 2023</li></ul>");
        assertThat(TextDates.nearHeadline(body, "Solar credits").published()).isNull();
    }

    @Test
    void anchorsOnTheTitleWhenTheH1IsTheSiteName() {
        var doc = Jsoup.parse("<h1><a href=\"/\">RogerBW's Blog</a></h1><fieldset><legend>Advent of Code 2025 week 2</legend>"
                + " 20 December 2025 <div class=\"body\"><p>I did Advent of Code.</p></div></fieldset>");
        assertThat(TextDates.nearHeadline(doc, "Advent of Code 2025 week 2").published().local().toLocalDate())
                .isEqualTo(LocalDate.of(2025, 12, 20));
    }

    @Test
    void anAmbiguousSlashedDateIsReadInThePagesOrderOrNotAtAll() {
        String html = "<h1>Gains</h1><p class=\"date\">8/1/2025</p>";
        assertThat(TextDates.find(Jsoup.parse("<html lang=\"en-US\">" + html)).published().local().toLocalDate())
                .isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(TextDates.find(Jsoup.parse("<html lang=\"en-GB\">" + html)).published().local().toLocalDate())
                .isEqualTo(LocalDate.of(2025, 1, 8));
        assertThat(TextDates.find(Jsoup.parse("<html lang=\"en\">" + html)).published()).isNull();
    }

    @Test
    void everyInlineLabelWordPassesTheStemPrefilter() {
        for (String w : new String[] {"Published", "POSTED on", "Updated:", "Опубліковано", "Опубликовано", "Оновлено",
            "Обновлено", "Publié le", "Veröffentlicht", "Aktualisiert", "Publicado", "Actualizado", "Pubblicato",
            "Aggiornato", "Gepubliceerd", "Opublikowano"}) {
            assertThat(TextDates.hasLabelStem(w)).as(w).isTrue();
        }
        assertThat(TextDates.hasLabelStem("Home World Business Markets")).isFalse();
    }
}
