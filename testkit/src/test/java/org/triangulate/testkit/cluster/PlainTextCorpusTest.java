package org.triangulate.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.Article;

class PlainTextCorpusTest {
    @Test
    void headlineAndDateLineBecomeMetadata() {
        Article a = PlainTextCorpus.parse("d1", "d1.txt", """
                AMD Buys SeaMicro, Enters Server Hardware Business
                Feb 29, 2012 2:31 PM
                Advanced Micro Devices announced Wednesday it is buying low-power server vendor SeaMicro.
                """);
        assertThat(a.title()).isEqualTo("AMD Buys SeaMicro, Enters Server Hardware Business");
        assertThat(a.published()).isEqualTo(Instant.parse("2012-02-29T12:00:00Z"));
        assertThat(a.paragraphs()).singleElement().asString().startsWith("Advanced Micro Devices");
    }

    @Test
    void sentenceFirstLineIsBodyAndNoDateIsNull() {
        Article a = PlainTextCorpus.parse("d2", "d2.txt", "Well \"New Moon\" has a new director.\nAnd it's a man.\n");
        assertThat(a.title()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void dateForms() {
        assertThat(PlainTextCorpus.date("Sunday, 9 June 2013")).isEqualTo(LocalDate.of(2013, 6, 9));
        assertThat(PlainTextCorpus.date("MONDAY, JUNE 11TH, 2012 AT 10:49 AM")).isEqualTo(LocalDate.of(2012, 6, 11));
        assertThat(PlainTextCorpus.date("Tue, 02 Jul 2013 12:28 CDT")).isEqualTo(LocalDate.of(2013, 7, 2));
        assertThat(PlainTextCorpus.date("Ten people are killed")).isNull();
        assertThat(PlainTextCorpus.date("February 30, 2013")).isNull();
    }
}
