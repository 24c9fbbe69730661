package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    @Test
    void dropsTheSiteNameWhereverItSits() {
        assertThat(TitleCleaner.clean("Putin lowers nuclear threshold | Reuters", "Reuters", "reuters.com", List.of()))
                .isEqualTo("Putin lowers nuclear threshold");
        assertThat(TitleCleaner.clean("Kyiv Independent - Russia gains ground", null, "kyivindependent.com", List.of()))
                .isEqualTo("Russia gains ground");
    }

    @Test
    void keepsAColonHeadlineAndPrefersTheMatchingH1() {
        assertThat(TitleCleaner.clean("Review: the phone that folds", null, null, List.of()))
                .isEqualTo("Review: the phone that folds");
        assertThat(TitleCleaner.clean("Budget talks stall - Politics - Example", null, null,
                List.of("Budget talks stall"))).isEqualTo("Budget talks stall");
    }

    @Test
    void dropsTheSiteNameEvenWhenTheH1RepeatsIt() {
        String t = "Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst";
        assertThat(TitleCleaner.clean(t, "Artlyst", "artlyst.com", List.of(t)))
                .isEqualTo("Critics’ Choice: Best UK Art Exhibitions 2025");
        assertThat(TitleCleaner.withoutSiteName(t, "Artlyst", null))
                .isEqualTo("Critics’ Choice: Best UK Art Exhibitions 2025");
        // a section suffix is not guessed away from an h1
        assertThat(TitleCleaner.withoutSiteName("Going plant-based – tips and tricks", "Health Site", null))
                .isEqualTo("Going plant-based – tips and tricks");
    }

    @Test
    void aParentDomainOrTheOutletWithoutItsLastWordNamesTheSite() {
        assertThat(TitleCleaner.clean("GAME CHANGER | Newegg.com", null, "promotions.newegg.com", List.of()))
                .isEqualTo("GAME CHANGER");
        assertThat(TitleCleaner.clean("Website Design Portfolio | Thrive Internet Marketing",
                "Thrive Internet Marketing Agency", "thriveagency.com", List.of())).isEqualTo("Website Design Portfolio");
        // an og:site_name that repeats the whole title says nothing about its parts
        String t = "How to Design a Website: a Complete Guide for 2026 | Clay";
        assertThat(TitleCleaner.clean(t, t, "clay.global", List.of()))
                .isEqualTo("How to Design a Website: a Complete Guide for 2026");
    }

    @Test
    void dropsAHostWrittenBesideTheHeadlineWithoutASeparator() {
        assertThat(TitleCleaner.clean("davidbau.com Vibe Coding", null, "davidbau.com", List.of())).isEqualTo("Vibe Coding");
        assertThat(TitleCleaner.clean("Keeping It Clean | NutritionFacts.org", null, "nutritionfacts.org", List.of()))
                .isEqualTo("Keeping It Clean");
    }

    @Test
    void theSiteNameBesideTheHeadline() {
        assertThat(TitleCleaner.siteName("Central bank holds rates steady | Example Times",
                "Central bank holds rates steady as inflation cools")).isEqualTo("Example Times");
        assertThat(TitleCleaner.siteName("Example News - Storm floods coastal towns", "Storm floods coastal towns"))
                .isEqualTo("Example News");
        assertThat(TitleCleaner.siteName("Storm floods coastal towns", "Storm floods coastal towns")).isNull();
        assertThat(TitleCleaner.siteName("Storm floods | Towns along the coast count the cost of the night",
                "Storm floods")).isNull();
        assertThat(TitleCleaner.namesHost("Dropbox", "dropbox.tech")).isTrue();
        assertThat(TitleCleaner.namesHost("Example Times", "dropbox.tech")).isFalse();
    }

    @Test
    void dropsAShortFirstPartBeforeAPipe() {
        assertThat(TitleCleaner.clean("The Agency | ML (Machine Learning) at Georgia Tech", null, "gatech.edu",
                List.of("Georgia Institute of Technology"))).isEqualTo("ML (Machine Learning) at Georgia Tech");
        assertThat(TitleCleaner.clean("Top 10 | Best budget phones", null, null, List.of()))
                .as("a part with a number is the headline's").isEqualTo("Top 10 | Best budget phones");
        assertThat(TitleCleaner.clean("Kyiv - Russia gains ground near Pokrovsk", null, null, List.of()))
                .as("a dash joins a dateline").isEqualTo("Kyiv - Russia gains ground near Pokrovsk");
    }
}
