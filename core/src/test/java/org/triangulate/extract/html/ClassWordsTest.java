package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ClassWordsTest {

    @Test
    void splitsClassNamesAndIdsIntoWords() {
        var e = Jsoup.parse("<div class=\"styles_dateAndAuthorContainer__JAvHP elementor-author-box\" id=\"Authority_control\">"
                + "</div>").selectFirst("div");
        assertThat(ClassWords.of(e)).containsSubsequence("date", "and", "author", "container")
                .contains("elementor", "box", "authority", "control").doesNotContain("authorbox");
        assertThat(ClassWords.hasAny(e, Set.of("author"))).isTrue();
    }

    @Test
    void skipsUtilityClassesThatOnlyPlaceTheBlock() {
        var e = Jsoup.parse("<div class=\"mb-6 md:mb-0 md:[grid-area:sidebar] lg:max-2xl:mr-[--sidebar-width]\"></div>")
                .selectFirst("div");
        assertThat(ClassWords.of(e)).doesNotContain("sidebar").contains("mb");
    }
}
