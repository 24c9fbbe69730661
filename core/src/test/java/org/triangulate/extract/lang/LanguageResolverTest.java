package org.triangulate.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageResolverTest {
    private static final String EN = "Russian President Vladimir Putin is open to discussing a Ukraine ceasefire deal "
            + "with Donald Trump but rules out making any major territorial concessions and insists Kyiv abandon "
            + "ambitions to join NATO, five current and former Russian officials told Reuters on Wednesday.";
    private static final String UK = "Президент Росії Володимир Путін готовий обговорити з Дональдом Трампом угоду "
            + "про припинення вогню в Україні, але виключає значні територіальні поступки і наполягає, щоб Київ "
            + "відмовився від амбіцій вступити до НАТО, повідомили п'ятеро чинних і колишніх російських посадовців.";

    private static LanguageResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new LanguageResolver(new LanguageDetector());
    }

    @Test
    void detectsWhenNothingWasDeclared() {
        var r = resolver.resolve(null, null, UK);
        assertThat(r.language()).isEqualTo("uk");
        assertThat(r.provenance()).matches("detected \\(opennlp( \\+ cyrillic letters)?, p=0\\.\\d\\d\\)");
    }

    @Test
    void confirmsAnAgreeingDeclaration() {
        var r = resolver.resolve("en-US", "html lang", EN);
        assertThat(r.language()).isEqualTo("en");
        assertThat(r.provenance()).isEqualTo("declared html lang, confirmed");
    }

    @Test
    void overridesAWrongDeclarationOnALongText() {
        var r = resolver.resolve("en", "html lang", UK);
        assertThat(r.language()).isEqualTo("uk");
        assertThat(r.provenance()).startsWith("detected (opennlp").endsWith("; declared html lang 'en' overridden");
    }

    @Test
    void shortTextsKeepTheDeclarationOrStayUnknown() {
        assertThat(resolver.resolve("de", "html lang", "Putin spricht")).satisfies(r -> {
            assertThat(r.language()).isEqualTo("de");
            assertThat(r.provenance()).isEqualTo("declared html lang, text too short to check");
        });
        assertThat(resolver.resolve(null, null, "Putin spricht")).satisfies(r -> {
            assertThat(r.language()).isNull();
            assertThat(r.provenance()).isNull();
        });
    }
}
