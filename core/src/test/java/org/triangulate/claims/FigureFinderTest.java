package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.triangulate.Snippets;

class FigureFinderTest {
    @Test
    void percentRangesAreasAndConversions() {
        var a = Snippets.article("a", "Moscow controls only 70-80% of them, with approximately 26,000 square "
                + "kilometers (10,000 square miles) under Ukrainian control.",
                "Its forces control 70-80 per cent of the territory, with about 26,000 square km held by Ukraine.",
                "Russia controls 18% of Ukraine. In total, Russia has over 110,000 square km.");
        assertThat(FigureFinder.find(a)).extracting(FigureFinder.Found::value, FigureFinder.Found::unit)
                .containsExactly(tuple("70-80", "percent"), tuple("26000", "km2"), tuple("10000", "mi2"),
                        tuple("70-80", "percent"), tuple("26000", "km2"), tuple("18", "percent"),
                        tuple("110000", "km2"));
    }

    @Test
    void moneyFractionsAndCounts() {
        var a = Snippets.article("a", "US announces $988 million military aid package.",
                "Russia occupies roughly a fifth of Ukraine's territory, five sources told Reuters.",
                "Media identifies nearly 85,000 Russian soldiers killed.");
        assertThat(FigureFinder.find(a)).extracting(FigureFinder.Found::value, FigureFinder.Found::unit)
                .containsExactly(tuple("988000000", "USD"), tuple("0.2", "fraction"), tuple("5", "sources"),
                        tuple("85000", "soldiers"));
    }

    @Test
    void yearsDatesOrdinalsAndCompoundsAreNotFigures() {
        var a = Snippets.article("a", "The borders it gained after the 1991 fall of the Soviet Union.",
                "On June 14, Putin set out terms. In 2014 Russia annexed Crimea, marking the 1,000th day.",
                "Ukraine laid out its 10-point peace formula in November 2022.");
        assertThat(FigureFinder.find(a)).isEmpty();
    }

    @Test
    void contextSaysWhatIsMeasured() {
        var a = Snippets.article("a", "Russia controls 18% of Ukraine including all of Crimea.");
        assertThat(FigureFinder.find(a).get(0).context()).contains("Russia controls").contains("of Ukraine");
    }
}
