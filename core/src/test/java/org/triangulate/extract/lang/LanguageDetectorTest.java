package org.triangulate.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = new LanguageDetector(); // one model load for the class
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Russian President Vladimir Putin is open to discussing a Ukraine ceasefire deal with Donald Trump but rules out making any major territorial concessions, five current and former officials said.
            uk | Президент Росії Володимир Путін готовий обговорити з Дональдом Трампом угоду про припинення вогню в Україні, але виключає значні територіальні поступки, повідомили джерела.
            ru | Президент России Владимир Путин готов обсудить с Дональдом Трампом соглашение о прекращении огня на Украине, но исключает крупные территориальные уступки, сообщили источники.
            de | Der russische Präsident Wladimir Putin ist offen dafür, mit Donald Trump über eine Waffenruhe in der Ukraine zu sprechen, schließt aber größere territoriale Zugeständnisse aus.
            fr | Le président russe Vladimir Poutine est prêt à discuter d'un cessez-le-feu en Ukraine avec Donald Trump, mais exclut toute concession territoriale majeure, selon des responsables.
            """)
    void newsSentencesInTheMainLanguages(String expected, String text) {
        assertThat(detector.detect(text)).hasValueSatisfying(d -> {
            assertThat(d.code()).isEqualTo(expected);
            assertThat(d.confidence()).isGreaterThanOrEqualTo(LanguageResolver.ACCEPT);
        });
    }

    @Test
    void shortUkrainianIsNotTakenForRussian() {
        // the model alone is unsure on headlines; letters only Ukrainian uses settle it
        assertThat(detector.detect("Зеленський заявив, що Україна не визнає окупації")).hasValueSatisfying(d -> {
            assertThat(d.code()).isEqualTo("uk");
            assertThat(d.method()).isEqualTo("opennlp + cyrillic letters");
        });
        assertThat(detector.detect("Песков заявил, что Кремль не видит объективных причин")).hasValueSatisfying(
                d -> assertThat(d.code()).isEqualTo("ru"));
        assertThat(detector.detect("Президент Росії Володимир Путін готовий обговорити угоду про припинення вогню "
                + "в Україні, повідомили джерела.")).hasValueSatisfying(d -> {
                    assertThat(d.code()).isEqualTo("uk");
                    assertThat(d.confidence()).isGreaterThanOrEqualTo(LanguageResolver.ACCEPT);
                });
    }

    @Test
    void noLettersNoLanguage() {
        assertThat(detector.detect("12:20 20.11.2024 — 70-80%")).isEmpty();
        assertThat(detector.detect(null)).isEmpty();
    }

    @Test
    void ukrainianOrRussianNeedsDominantDistinctiveLetters() {
        assertThat(LanguageDetector.ukrainianOrRussian("їжак і єнот")).isEqualTo("ukr");
        assertThat(LanguageDetector.ukrainianOrRussian("это объём")).isEqualTo("rus");
        assertThat(LanguageDetector.ukrainianOrRussian("мир")).isNull();
        // Belarusian and Kazakh write ы and э too, next to letters Russian lacks
        assertThat(LanguageDetector.ukrainianOrRussian("гэта быў і ёсць")).isNull();
        assertThat(LanguageDetector.ukrainianOrRussian("бұл сөзы қазақ тілі эмес")).isNull();
    }

    @Test
    void aModelLoadingInTheBackgroundServesTheFirstCallsOfSeveralThreads() throws Exception {
        LanguageDetector fresh = new LanguageDetector();
        fresh.loadInBackground();
        fresh.loadInBackground(); // a second call starts nothing more
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> fresh.detect("The Kremlin said on Wednesday that it saw no reason to change course."));
            var b = pool.submit(() -> fresh.detect("Der Kreml sagte am Mittwoch, er sehe keinen Grund für einen Kurswechsel."));
            assertThat(a.get().orElseThrow().code()).isEqualTo("en");
            assertThat(b.get().orElseThrow().code()).isEqualTo("de");
        } finally {
            pool.shutdown();
        }
    }
}
