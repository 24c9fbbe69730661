package org.triangulate.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {
    @Test
    void wireAndNewspaperDatelines() {
        assertThat(Datelines.place("KYIV, Nov 20 (Reuters) - Ukraine's air defences shot down 56 drones."))
                .isEqualTo("KYIV");
        assertThat(Datelines.place("WASHINGTON — The Senate voted on Tuesday.")).isEqualTo("WASHINGTON");
        assertThat(Datelines.place("LONDON (AP) — Police said on Monday.")).isEqualTo("LONDON");
        assertThat(Datelines.place("BEIRUT, Lebanon (AP) — Israeli strikes hit the city.")).isEqualTo("BEIRUT, Lebanon");
        assertThat(Datelines.place("NEW YORK, November 20, 2024 (Reuters) - Stocks rose.")).isEqualTo("NEW YORK");
        assertThat(Datelines.place("PARIS, 20 novembre (AFP) - Le gouvernement a annoncé.")).isEqualTo("PARIS");
        assertThat(Datelines.place("КИЇВ, 20 листопада — Сили ППО збили 56 із 74 дронів.")).isEqualTo("КИЇВ");
        assertThat(Datelines.place("MOSCOW -- Russian officials said.")).isEqualTo("MOSCOW");
    }

    @Test
    void aTitleCasePlaceIsADatelineWhenAWireOrOutletIsCreditedAfterIt() {
        assertThat(Datelines.place("Kyiv, Nov 20 (Reuters) - Ukraine said Russia fired a missile.")).isEqualTo("Kyiv");
        assertThat(Datelines.place("Washington (CNN) — The Senate voted on Tuesday.")).isEqualTo("Washington");
        assertThat(Datelines.place("Dnipro, Ukraine (AP) — Sirens sounded at dawn.")).isEqualTo("Dnipro, Ukraine");
        assertThat(Datelines.place("New York, November 20, 2024 (Reuters) - Stocks rose.")).isEqualTo("New York");
        assertThat(Datelines.rule("New York")).isEqualTo(Datelines.CREDITED_RULE);
        assertThat(Datelines.rule("BEIRUT, Lebanon")).isEqualTo(Datelines.RULE);
        // no credit, or a ticker in the brackets: a headline or a sentence, not a dateline
        assertThat(Datelines.place("Kyiv - the city that never sleeps.")).isNull();
        assertThat(Datelines.place("Apple (AAPL) - shares rose two percent.")).isNull();
        assertThat(Datelines.place("Officials said (Reuters) - more to come.")).isNull();
    }

    @Test
    void labelsAndOrdinarySentencesAreNotPlaces() {
        assertThat(Datelines.place("BREAKING — Markets fall sharply.")).isNull();
        assertThat(Datelines.place("EXCLUSIVE - Talks collapse.")).isNull();
        assertThat(Datelines.place("Kyiv said on Wednesday that drones were shot down.")).isNull();
        assertThat(Datelines.place("The NATO summit - a preview.")).isNull();
        assertThat(Datelines.place("Ukraine's air defences shot down 56 drones (Reuters) - officials said.")).isNull();
        assertThat(Datelines.place("")).isNull();
    }
}
