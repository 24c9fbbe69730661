package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

    @Test
    void wholeLineFurnitureInSeveralLanguages() {
        assertThat(Boilerplate.reason("Skip to content")).isNotNull();
        assertThat(Boilerplate.reason("* indicates required")).isNotNull();
        assertThat(Boilerplate.reason("2 min read")).isNotNull();
        assertThat(Boilerplate.reason("This audio is created with AI assistance")).isNotNull();
        assertThat(Boilerplate.reason("Successfuly subscribed")).isNotNull();
        assertThat(Boilerplate.reason("Se connecter")).isNotNull();
        assertThat(Boilerplate.reason("Поділитися")).isNotNull();
        assertThat(Boilerplate.reason("AD")).isNotNull();
        assertThat(Boilerplate.reason("visa masterCard americanExpress")).isEqualTo("payment logos");
        assertThat(Boilerplate.reason("Facebook Twitter Email")).isEqualTo("share buttons");
    }

    @Test
    void appealsNeedShortLinesOrTwoPhrases() {
        assertThat(Boilerplate.reason("This month, 1,000 people chose to support the Kyiv Independent. Can we count on you, too?"))
                .isEqualTo("appeal phrase");
        // Cyrillic appeals: \b is ASCII-only in Java's regexes, so these once never matched
        assertThat(Boilerplate.reason("Підтримайте нас на Patreon")).isEqualTo("appeal phrase");
        assertThat(Boilerplate.reason("Поддержите независимую журналистику")).isEqualTo("appeal phrase");
        assertThat(Boilerplate.reason("Ukraine has said it wants to become a member of the alliance within a decade, but"
                + " several governments have argued that the timing is wrong and that the war must end first.")).isNull();
    }

    @Test
    void bodySentencesAreNotFurniture() {
        assertThat(Boilerplate.reason("Kyiv also said that NATO membership is the only way to prevent further aggression.")).isNull();
        assertThat(Boilerplate.reason("Ad hoc talks resumed.")).isNull();
        assertThat(Boilerplate.reason("link")).isNull();
    }

    @Test
    void sectionEnds() {
        assertThat(Boilerplate.sectionEnd("News Feed")).isTrue();
        assertThat(Boilerplate.sectionEnd("MORE NEWS")).isTrue();
        assertThat(Boilerplate.sectionEnd("Editors' Picks")).isTrue();
        assertThat(Boilerplate.sectionEnd("Читайте також")).isTrue();
        assertThat(Boilerplate.sectionEnd("News about the feed")).isFalse();
    }
}
