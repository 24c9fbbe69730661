package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.Snippets;

class EntityFinderTest {
    private static Entity entity(EntityFinder.Result r, String variant) {
        return r.entities().stream().filter(e -> e.variants().contains(variant)).findFirst().orElseThrow();
    }

    @Test
    void mergesTransliteratedSpellingsButNotDifferentPeople() {
        var a = Snippets.article("a", "Kremlin spokesman Dmitry Peskov told Reuters the war goes on.",
                "Dimitri Simes, who emigrated to the United States, said a deal could be struck.",
                "Fighting continued in the Zaporizhzhia and Kherson regions.");
        var b = Snippets.article("b", "Dmitri Peskov, the Kremlin’s spokesman, said Russia was ready for talks.",
                "Peskov earlier said there was no reason to talk. Russia holds parts of Zaporizhia region.");
        var r = EntityFinder.find(List.of(a, b));
        Entity peskov = entity(r, "Dmitry Peskov");
        assertThat(peskov.variants()).contains("Dmitri Peskov", "Peskov");
        assertThat(peskov.type()).isEqualTo("PERSON");
        assertThat(peskov.articles()).containsExactly("a", "b");
        assertThat(peskov.variants()).doesNotContain("Dimitri Simes");
        assertThat(entity(r, "Dimitri Simes").type()).isEqualTo("PERSON");
        Entity zap = entity(r, "Zaporizhzhia");
        assertThat(zap.variants()).contains("Zaporizhia");
        assertThat(zap.type()).isEqualTo("PLACE");
    }

    @Test
    void typesByCues() {
        var a = Snippets.article("a", "Russian President Vladimir Putin met NATO officials in Istanbul.",
                "The UN Security Council met as Russian forces attacked Kryvyi Rih in Dnipropetrovsk Oblast.",
                "The Kremlin said on Tuesday that Putin would speak.");
        var r = EntityFinder.find(List.of(a));
        assertThat(entity(r, "Vladimir Putin").type()).isEqualTo("PERSON");
        assertThat(entity(r, "Vladimir Putin").variants()).contains("Putin");
        assertThat(entity(r, "NATO").type()).isEqualTo("ORGANIZATION");
        assertThat(entity(r, "UN Security Council").type()).isEqualTo("ORGANIZATION");
        assertThat(entity(r, "Istanbul").type()).isEqualTo("PLACE");
        assertThat(entity(r, "Dnipropetrovsk Oblast").type()).isEqualTo("PLACE");
        assertThat(r.entities()).extracting(Entity::name).doesNotContain("Tuesday", "The", "Russian");
    }

    @Test
    void samePersonNeedsMatchingSurnameAndCompatibleGivenName() {
        assertThat(EntityFinder.samePerson("dmitri peskov", "dmitri peskov")).isTrue();
        assertThat(EntityFinder.samePerson("d peskov", "dmitri peskov")).isTrue();
        assertThat(EntityFinder.samePerson("dmitri peskov", "dmitri simes")).isFalse();
        assertThat(EntityFinder.samePerson("joe biden", "hunter biden")).isFalse();
    }
}
