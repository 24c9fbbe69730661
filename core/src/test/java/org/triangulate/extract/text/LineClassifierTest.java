package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineClassifierTest {

    private static List<LineKind> kinds(String dump) {
        return LineClassifier.classify(TextUnits.split(dump)).stream().map(Line::kind).toList();
    }

    @Test
    void captionsCreditsAndTimestamps() {
        assertThat(kinds("""
                Putin attends the summit in Danang on Nov. 11, 2017. (Mikhail Klimentyev/Sputnik/AFP via Getty Images)
                People block the entrance to the consulate, on Nov 17. (Photo: Reuters)
                Trump and Putin in Osaka on June 28, 2019. (Reuters File Photo)
                11:50 PM
                5:32 PM  (Updated: )
                12:20 20.11.2024
                """)).containsExactly(LineKind.CAPTION, LineKind.CAPTION, LineKind.CAPTION, LineKind.TIMESTAMP,
                LineKind.TIMESTAMP, LineKind.DATELINE);
        // Cyrillic credits: Java's \b is ASCII-only, so "Фото" needs letter look-arounds
        assertThat(kinds("""
                Наслідки нічної атаки дронів на Київ, 20 листопада 2024 року. (Фото: Reuters)
                Рятувальники на місці влучання. (Світлина: ДСНС)
                """)).containsExactly(LineKind.CAPTION, LineKind.CAPTION);
    }

    @Test
    void bylinesHeadingsAndContent() {
        assertThat(kinds("""
                by The Kyiv Independent news desk November 20, 2024 11:01 AM 2 min read
                Putin open to discussing Ukraine ceasefire with Trump, Reuters reports
                Kyiv also said that NATO membership is the only way to prevent further Russian aggression.
                By Naila Huseynova
                """)).containsExactly(LineKind.BYLINE, LineKind.HEADING, LineKind.CONTENT, LineKind.BYLINE);
        assertThat(LineClassifier.byline("by The Kyiv Independent news desk November 20, 2024 11:01 AM 2 min read"))
                .isEqualTo("The Kyiv Independent news desk");
        assertThat(LineClassifier.byline("Posted by David at December 16, 2025 11:15 AM")).isEqualTo("David");
        assertThat(LineClassifier.byline("Posted by kovarex, TOGos on 2019-02-15, all posts")).isNull();
    }

    @Test
    void widgetBlockWithAnAppealIsFurnitureWhenParagraphsStandAlone() {
        List<LineKind> k = kinds("""
                Russia currently occupies roughly a fifth of the territory as its forces continue to advance in the east.

                Trump has positioned himself as a potential peace broker, claiming he could negotiate an end to the war.

                What we know about the plans for ending the war
                Trump has repeatedly said he could end the war in 24 hours. What is his plan?
                Can we count on you, too?
                Become a member
                """);
        assertThat(k.subList(2, 6)).containsOnly(LineKind.BOILERPLATE);
    }

    @Test
    void tableRowsAreContent() {
        assertThat(LineClassifier.tableRow("1 | UC Berkeley Haas | 2 | 59% / 38% | 700")).isTrue();
        assertThat(LineClassifier.tableRow("Home | News | Sport")).isFalse();
    }
}
